/**
 * @module
 * Audio files under the data directory, whoever keeps them (voicemail
 * recordings, greetings, synthesised speech): what the bytes are (sniffed,
 * never taken from a name or a provider's word), how long they play, and
 * files written whole or not at all.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { wavDuration } from './wav.js';

/** The audio formats kept: what Twilio plays and serves (WAV and MP3). */
const AUDIO = {
  'audio/wav': 'wav',
  'audio/mpeg': 'mp3',
} as const;
export type AudioType = keyof typeof AUDIO;

/**
 * What the bytes are, read from the bytes themselves; null when they are not
 * WAV or MP3 (`sniffType` tells what they look like instead).
 *
 * @example
 * await sniffAudio(makeWav({ seconds: 1 })); // { contentType: 'audio/wav', ext: 'wav' }
 */
export async function sniffAudio(
  bytes: Uint8Array,
): Promise<{ contentType: AudioType; ext: string } | null> {
  const type = await fileTypeOf(bytes);
  if (!type || !(type.mime in AUDIO)) return null;
  const contentType = type.mime as AudioType;
  return { contentType, ext: AUDIO[contentType] };
}

/**
 * What bytes that are not audio look like, for an error message: a MIME type
 * from their signature, `text/plain` for readable text, else
 * `application/octet-stream`.
 */
export async function sniffType(bytes: Uint8Array): Promise<string> {
  const type = await fileTypeOf(bytes);
  if (type) return type.mime;
  const head = bytes.subarray(0, 4096);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what make it binary
    if (!/[\u0000-\u0008\u000e-\u001f]/.test(text)) return 'text/plain';
  } catch {
    // not UTF-8: binary
  }
  return 'application/octet-stream';
}

async function fileTypeOf(bytes: Uint8Array) {
  const { fileTypeFromBuffer } = await import('file-type');
  return fileTypeFromBuffer(bytes);
}

/** The length in seconds as the file itself says, or null when it cannot tell. */
export async function audioDuration(
  bytes: Uint8Array,
  contentType: string,
): Promise<number | null> {
  // A WAV's header says it in a few reads; anything else (or a header it cannot read) goes to music-metadata.
  const seconds =
    (contentType === 'audio/wav' ? wavDuration(bytes) : null) ??
    (await parsedDuration(bytes, contentType));
  return seconds === null ? null : Math.round(seconds * 100) / 100;
}

async function parsedDuration(bytes: Uint8Array, contentType: string): Promise<number | null> {
  try {
    // Loaded when a file is first read: most starts never need the parsers.
    const { parseBuffer } = await import('music-metadata');
    const { format } = await parseBuffer(bytes, { mimeType: contentType }, { duration: true });
    return format.duration !== undefined && Number.isFinite(format.duration)
      ? format.duration
      : null;
  } catch {
    return null;
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The absolute path of a stored file; throws for a path that would leave the data directory. */
export function audioPath(dataDir: string, file: string): string {
  const root = resolve(dataDir);
  const path = resolve(root, file);
  const inside = relative(root, path);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) {
    throw new Error(`Not a file inside the data directory: ${file}`);
  }
  return path;
}

/** Processes on several hosts may share the data directory (docs/scaling.md). */
const WRITER = `${hostname()}-${process.pid}`;
let temporaries = 0;

/**
 * Writes `bytes` to a temporary file, then renames it to `file` (relative to
 * the data directory), so a crash never leaves half a file under the final
 * name. Returns `file`.
 *
 * @example
 * await writeFileAtomically(config.dataDir, 'greetings/greet_x-v1.wav', bytes);
 */
export async function writeFileAtomically(
  dataDir: string,
  file: string,
  bytes: Uint8Array,
): Promise<string> {
  const path = audioPath(dataDir, file);
  // Unique to this host, process and write ('wx' refuses a file already there anyway): random
  // bytes for the name were a measurable part of copying a recording.
  const temporary = `${path}.${WRITER}-${++temporaries}.tmp`;
  try {
    try {
      await writeFile(temporary, bytes, { flag: 'wx' });
    } catch (error) {
      // The folder is made when a write finds it missing: a mkdir before every write was about half its cost.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(dirname(path), { recursive: true });
      await writeFile(temporary, bytes, { flag: 'wx' });
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return file;
}

/** Removes a stored file; one already gone is no error. */
export async function removeAudioFile(dataDir: string, file: string): Promise<void> {
  try {
    await unlink(audioPath(dataDir, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
