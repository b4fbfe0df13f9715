/**
 * @module
 * Serving a voicemail's audio file with HTTP ranges, so a player can seek
 * and a waveform can load without the whole file first.
 */
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Voicemail } from '../db/voicemails.js';
import { audioPath } from '../voicemail/audio-file.js';
import { ApiError } from './errors.js';

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

/** A name safe in any file system and header: `voicemail-14155550123-2026-11-23-1500.wav`. */
export function audioFilename(voicemail: Voicemail): string {
  const digits = voicemail.caller.replace(/\D/g, '') || 'unknown';
  const when = voicemail.at
    .slice(0, 16)
    .replace(/[^0-9]/g, '-')
    .replace(/-(\d\d)-(\d\d)$/, '-$1$2');
  const ext =
    voicemail.audioFile
      ?.split('.')
      .pop()
      ?.replace(/[^a-z0-9]/gi, '') || 'audio';
  return `voicemail-${digits}-${when}.${ext}`;
}

/**
 * The audio of a stored voicemail as a response: the whole file, or the
 * range asked for (206), or 416 for a range outside it.
 */
export async function audioResponse(
  dataDir: string,
  voicemail: Voicemail,
  options: { range: string | undefined; download: boolean },
): Promise<Response> {
  const noAudio = () => {
    throw new ApiError(404, 'not_found', `Voicemail "${voicemail.id}" has no audio to play`);
  };
  if (voicemail.audioStatus !== 'stored' || !voicemail.audioFile) return noAudio();
  // Opened before its size is read: a file deleted meanwhile is a 404, never half an answer.
  const file = await open(audioPath(dataDir, voicemail.audioFile)).catch(noAudio);
  let handed = false;
  try {
    const { size } = await file.stat();
    const headers: Record<string, string> = {
      'Content-Type': voicemail.audioContentType ?? 'application/octet-stream',
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'private, no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    if (options.download) {
      headers['Content-Disposition'] = `attachment; filename="${audioFilename(voicemail)}"`;
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
