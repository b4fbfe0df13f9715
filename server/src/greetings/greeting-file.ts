/**
 * @module
 * A greeting's audio file: checked (MP3 or WAV by its bytes, at most 10 MB
 * and 5 minutes) and stored under `<data dir>/greetings/<id>-v<version>.<ext>`.
 */
import { join } from 'node:path';
import type { GreetingAudio } from '../db/greetings.js';
import {
  audioDuration,
  sha256,
  sniffAudio,
  sniffType,
  writeFileAtomically,
} from '../media/audio-file.js';

export const GREETINGS_DIR = 'greetings';
/** The largest greeting file taken. */
export const MAX_GREETING_BYTES = 10 * 1024 * 1024;
/** The longest greeting taken: five minutes. */
export const MAX_GREETING_SECONDS = 300;

/** Why a file is not taken as a greeting; `status` 413 for size, 400 otherwise. */
export class GreetingFileError extends Error {
  override name = 'GreetingFileError';
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** `6 min 5 s`, `42 s`. */
export function formatSeconds(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** The message for a file over the size cap. */
export function tooLargeMessage(): string {
  return `the file is too large: greetings can be at most ${MAX_GREETING_BYTES / 1024 / 1024} MB`;
}

/**
 * What an uploaded file is, from its bytes (never its name): MP3 or WAV, how
 * long it plays. Throws `GreetingFileError` with a message for a person.
 *
 * @example
 * await checkGreetingFile(makeWav({ seconds: 3 })); // { contentType: 'audio/wav', ext: 'wav', durationSeconds: 3 }
 */
export async function checkGreetingFile(
  bytes: Uint8Array,
): Promise<{ contentType: string; ext: string; durationSeconds: number }> {
  if (bytes.length > MAX_GREETING_BYTES) throw new GreetingFileError(413, tooLargeMessage());
  if (bytes.length === 0) throw new GreetingFileError(400, 'the file is empty');
  const audio = await sniffAudio(bytes);
  if (!audio) {
    throw new GreetingFileError(
      400,
      `not an MP3 or WAV file: it looks like ${await sniffType(bytes)}`,
    );
  }
  const durationSeconds = await audioDuration(bytes, audio.contentType);
  if (durationSeconds === null) {
    throw new GreetingFileError(
      400,
      `cannot tell how long this ${audio.ext.toUpperCase()} file plays; it may be damaged`,
    );
  }
  if (durationSeconds > MAX_GREETING_SECONDS) {
    throw new GreetingFileError(
      400,
      `the audio plays ${formatSeconds(durationSeconds)}; greetings can be at most 5 minutes`,
    );
  }
  return { ...audio, durationSeconds };
}

/**
 * Writes a checked file as the given version of a greeting (whole or not at
 * all) and describes it for the row.
 *
 * @example
 * const audio = await storeGreetingFile(dataDir, { id, version: 1 }, checked, bytes);
 */
export async function storeGreetingFile(
  dataDir: string,
  greeting: { id: string; version: number },
  checked: { contentType: string; ext: string; durationSeconds: number | null },
  bytes: Uint8Array,
): Promise<GreetingAudio> {
  const file = await writeFileAtomically(
    dataDir,
    join(GREETINGS_DIR, `${greeting.id}-v${greeting.version}.${checked.ext}`),
    bytes,
  );
  return {
    file,
    contentType: checked.contentType,
    bytes: bytes.length,
    sha256: sha256(bytes),
    durationSeconds: checked.durationSeconds,
  };
}
