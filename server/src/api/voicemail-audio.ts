/**
 * @module
 * Serving a voicemail's audio file with HTTP ranges (see `fileResponse`).
 */
import type { Voicemail } from '../db/voicemails.js';
import { fileResponse } from '../media/file-response.js';
import { audioPath } from '../voicemail/audio-file.js';
import { ApiError } from './errors.js';

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
  const noAudio = (): never => {
    throw new ApiError(404, 'not_found', `Voicemail "${voicemail.id}" has no audio to play`);
  };
  if (voicemail.audioStatus !== 'stored' || !voicemail.audioFile) return noAudio();
  const response = await fileResponse(audioPath(dataDir, voicemail.audioFile), {
    contentType: voicemail.audioContentType ?? 'application/octet-stream',
    range: options.range,
    cacheControl: 'private, no-cache',
    downloadName: options.download ? audioFilename(voicemail) : undefined,
  });
  return response ?? noAudio();
}
