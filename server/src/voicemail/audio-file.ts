/**
 * @module
 * Voicemail audio on disk, under `<data dir>/recordings/`: what the bytes
 * are (sniffed, never taken from the provider's word), written whole or not
 * at all, and removed when the voicemail is deleted.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { parseBuffer } from 'music-metadata';

export const RECORDINGS_DIR = 'recordings';

/** The audio formats kept: what Twilio serves (WAV, or MP3 on request). */
const AUDIO = {
  'audio/wav': 'wav',
  'audio/mpeg': 'mp3',
} as const;
export type AudioType = keyof typeof AUDIO;

/** What the bytes are, read from the bytes themselves; null when they are not WAV or MP3. */
export async function sniffAudio(
  bytes: Uint8Array,
): Promise<{ contentType: AudioType; ext: string } | null> {
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !(type.mime in AUDIO)) return null;
  const contentType = type.mime as AudioType;
  return { contentType, ext: AUDIO[contentType] };
}

/** The length in seconds as the file itself says, or null when it cannot tell. */
export async function audioDuration(
  bytes: Uint8Array,
  contentType: string,
): Promise<number | null> {
  try {
    const { format } = await parseBuffer(bytes, { mimeType: contentType }, { duration: true });
    return format.duration !== undefined && Number.isFinite(format.duration)
      ? Math.round(format.duration * 100) / 100
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

/**
 * Writes the audio to a temporary file, then renames it into place, so a
 * crash never leaves half a recording under the final name. Returns the
 * path relative to the data directory, as the voicemail row keeps it.
 *
 * @example
 * const file = await writeAudioFile(config.dataDir, voicemail.id, 'wav', bytes); // 'recordings/vm_....wav'
 */
export async function writeAudioFile(
  dataDir: string,
  voicemailId: string,
  ext: string,
  bytes: Uint8Array,
): Promise<string> {
  const file = join(RECORDINGS_DIR, `${voicemailId}.${ext}`);
  const path = audioPath(dataDir, file);
  await mkdir(join(dataDir, RECORDINGS_DIR), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
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
