/**
 * @module
 * A voicemail's audio in its e-mail: attached when stored and small enough,
 * otherwise a sentence saying why not.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Voicemail } from '../db/voicemails.js';

/** Larger audio is not attached: many mail servers refuse big messages. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export interface AudioPart {
  /** Said in the mail when the audio is not attached; null when it is. */
  note: string | null;
  attachment?: { filename: string; content: Buffer; contentType: string };
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * @example
 * const audio = await audioPart(voicemail, config.dataDir);
 * // { note: null, attachment: { filename: 'voicemail-14155550123-2026-11-23.wav', ... } }
 */
export async function audioPart(
  voicemail: Voicemail,
  dataDir: string,
  maxBytes = MAX_ATTACHMENT_BYTES,
): Promise<AudioPart> {
  switch (voicemail.audioStatus) {
    case 'unavailable':
      return {
        note: `The audio is unavailable${voicemail.audioError ? `: ${voicemail.audioError}` : ''}.`,
      };
    case 'deleted':
      return { note: 'The audio has been deleted.' };
    case 'fetching':
      return { note: 'The audio is still being copied; listen in Ringflow.' };
    case 'stored':
      break;
  }
  if (!voicemail.audioFile) return { note: 'The audio is unavailable: no file was kept.' };
  const path = join(dataDir, voicemail.audioFile);
  const size = await stat(path).then(
    (s) => s.size,
    () => null,
  );
  if (size === null) return { note: 'The audio is unavailable: its file is missing.' };
  if (size > maxBytes) {
    return {
      note: `The audio (${megabytes(size)}) is too large to attach (over ${megabytes(maxBytes)}); listen in Ringflow.`,
    };
  }
  const digits = voicemail.caller.replace(/\D/g, '') || 'unknown';
  const extension = extname(basename(voicemail.audioFile)) || '.wav';
  return {
    note: null,
    attachment: {
      filename: `voicemail-${digits}-${voicemail.at.slice(0, 10)}${extension}`,
      content: await readFile(path),
      contentType: voicemail.audioContentType ?? 'application/octet-stream',
    },
  };
}
