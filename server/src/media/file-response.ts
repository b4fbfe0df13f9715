/**
 * @module
 * A stored file as an HTTP response, with ranges, so a player can seek and a
 * waveform can load without the whole file first. Shared by the signed-in
 * audio routes (voicemails, greetings) and the public `/media` routes.
 */
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';

/** What a `Range` header asks of a file of `size` bytes. */
export type RangeAnswer =
  | { kind: 'all' }
  | { kind: 'part'; start: number; end: number }
  | { kind: 'unsatisfiable' };

/**
 * Reads a `Range` header (RFC 9110, one range of bytes). Another unit, or
 * several ranges, are ignored and the whole file is sent, as the RFC allows.
 *
 * @example
 * parseRange('bytes=0-99', 1000);  // { kind: 'part', start: 0, end: 99 }
 * parseRange('bytes=-100', 1000);  // { kind: 'part', start: 900, end: 999 }
 * parseRange('bytes=2000-', 1000); // { kind: 'unsatisfiable' }
 */
export function parseRange(header: string | undefined, size: number): RangeAnswer {
  if (!header) return { kind: 'all' };
  const value = header.trim();
  if (!/^bytes=/i.test(value) || value.includes(',')) return { kind: 'all' };
  const match = /^bytes=(\d*)-(\d*)$/i.exec(value);
  if (!match || (match[1] === '' && match[2] === '') || size === 0) {
    return { kind: 'unsatisfiable' };
  }
  const [, first = '', last = ''] = match;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || end < start) return { kind: 'unsatisfiable' };
  return { kind: 'part', start, end };
}

/** `Cache-Control` of versioned content: a path never changes what it serves. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface FileResponseOptions {
  contentType: string;
  /** The request's `Range` header. */
  range: string | undefined;
  /** e.g. `private, no-cache` for signed-in audio, `public, max-age=31536000, immutable` for versioned media. */
  cacheControl: string;
  /** Sent as an attachment under this name. */
  downloadName?: string | undefined;
}

/**
 * The file at `path` as a response: the whole file (200), the range asked
 * for (206), or 416 for a range outside it. Null when the file cannot be
 * opened (gone): the caller answers 404 its own way.
 *
 * @example
 * const res = await fileResponse(audioPath(dataDir, g.file), { contentType: 'audio/wav',
 *   range: c.req.header('Range'), cacheControl: 'private, no-cache' });
 * return res ?? notFound('greeting audio', g.id);
 */
export async function fileResponse(
  path: string,
  options: FileResponseOptions,
): Promise<Response | null> {
  // Opened before its size is read: a file deleted meanwhile is a 404, never half an answer.
  const file = await open(path).catch(() => null);
  if (!file) return null;
  let handed = false;
  try {
    const { size } = await file.stat();
    const headers: Record<string, string> = {
      'Content-Type': options.contentType,
      'Accept-Ranges': 'bytes',
      'Cache-Control': options.cacheControl,
      'X-Content-Type-Options': 'nosniff',
    };
    if (options.downloadName) {
      headers['Content-Disposition'] = `attachment; filename="${options.downloadName}"`;
    }
    const range = parseRange(options.range, size);
    if (range.kind === 'unsatisfiable') {
      return new Response(null, {
        status: 416,
        headers: { ...headers, 'Content-Range': `bytes */${size}` },
      });
    }
    const { start, end } = range.kind === 'part' ? range : { start: 0, end: size - 1 };
    const length = Math.max(0, end - start + 1);
    headers['Content-Length'] = String(length);
    if (range.kind === 'part') headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
    const status = range.kind === 'part' ? 206 : 200;
    if (length === 0) return new Response(null, { status, headers });
    // The stream closes the file when it ends or is cancelled.
    const stream = file.createReadStream({ start, end });
    handed = true;
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status, headers });
  } finally {
    if (!handed) await file.close();
  }
}
