/**
 * @module
 * Reads a WAV file's format and samples, to feed a recogniser's push stream
 * the bare audio with the format it is in.
 */

export interface WavAudio {
  /** 1 PCM, 6 A-law, 7 mu-law, as the WAV header says. */
  formatTag: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  data: Buffer;
}

/**
 * The format and the `data` chunk; null when the bytes are not a WAV file.
 *
 * @example
 * const wav = readWav(bytes); // { formatTag: 1, channels: 1, sampleRate: 8000, bitsPerSample: 16, data }
 */
export function readWav(bytes: Buffer): WavAudio | null {
  if (bytes.length < 12 || bytes.toString('ascii', 0, 4) !== 'RIFF') return null;
  if (bytes.toString('ascii', 8, 12) !== 'WAVE') return null;
  let format: Omit<WavAudio, 'data'> | null = null;
  let at = 12;
  while (at + 8 <= bytes.length) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ' && body + 16 <= bytes.length) {
      format = {
        formatTag: bytes.readUInt16LE(body),
        channels: bytes.readUInt16LE(body + 2),
        sampleRate: bytes.readUInt32LE(body + 4),
        bitsPerSample: bytes.readUInt16LE(body + 14),
      };
    }
    if (id === 'data') {
      if (!format) return null;
      // A recording still being written may say 0 or too much: take what is there.
      const end = size === 0 ? bytes.length : Math.min(bytes.length, body + size);
      return { ...format, data: bytes.subarray(body, end) };
    }
    at = body + size + (size % 2);
  }
  return null;
}
