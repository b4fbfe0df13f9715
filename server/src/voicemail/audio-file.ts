/**
 * @module
 * Voicemail audio on disk, under `<data dir>/recordings/`. The helpers for
 * any stored audio (sniffing, duration, atomic writes) live in
 * `media/audio-file.ts` and are re-exported here for the voicemail code.
 */
import { join } from 'node:path';
import { writeFileAtomically } from '../media/audio-file.js';

export {
  audioDuration,
  audioPath,
  removeAudioFile,
  sha256,
  sniffAudio,
} from '../media/audio-file.js';

export const RECORDINGS_DIR = 'recordings';

/**
 * Writes the audio whole or not at all (see `writeFileAtomically`). Returns
 * the path relative to the data directory, as the voicemail row keeps it.
 *
 * @example
 * const file = await writeAudioFile(config.dataDir, voicemail.id, 'wav', bytes); // 'recordings/vm_....wav'
 */
export function writeAudioFile(
  dataDir: string,
  voicemailId: string,
  ext: string,
  bytes: Uint8Array,
): Promise<string> {
  return writeFileAtomically(dataDir, join(RECORDINGS_DIR, `${voicemailId}.${ext}`), bytes);
}
