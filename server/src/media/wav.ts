/**
 * @module
 * How long a WAV file plays, read from its header. Every voicemail Twilio
 * records is a PCM WAV; music-metadata answered the same question in about
 * 140 µs a file (it builds the tag maps of every format it knows for each
 * file it reads), a large part of what copying a recording cost. The header
 * says it in a few reads; anything this does not recognise goes back to
 * music-metadata.
 */

/**
 * Formats whose samples all take `blockAlign` bytes: PCM, IEEE float,
 * A-law, µ-law, and the extensible header that wraps them.
 */
const FIXED_FRAME_FORMATS = new Set([0x0001, 0x0003, 0x0006, 0x0007, 0xfffe]);

/** RIFF's four-character codes, as ASCII. */
function fourCc(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(
    bytes[offset] as number,
    bytes[offset + 1] as number,
    bytes[offset + 2] as number,
    bytes[offset + 3] as number,
  );
}

/**
 * The seconds of audio in a WAV file whose samples are all the same size,
 * or null when the bytes are not one (another format, a compressed codec,
 * a `fact` chunk's own sample count, a header that disagrees with itself, a
 * data chunk longer than the file).
 *
 * @example
 * wavDuration(makeWav({ seconds: 3 })); // 3
 */
export function wavDuration(bytes: Uint8Array): number | null {
  if (bytes.length < 12 || fourCc(bytes, 0) !== 'RIFF' || fourCc(bytes, 8) !== 'WAVE') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let format: { tag: number; sampleRate: number; blockAlign: number } | null = null;
  // Chunks follow each other, each padded to an even length; `fmt ` comes before `data`.
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = fourCc(bytes, at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > bytes.length) return null;
      format = {
        tag: view.getUint16(body, true),
        sampleRate: view.getUint32(body + 4, true),
        blockAlign: view.getUint16(body + 12, true),
      };
    } else if (id === 'data') {
      if (!format || !FIXED_FRAME_FORMATS.has(format.tag)) return null;
      if (format.sampleRate === 0 || format.blockAlign === 0 || body + size > bytes.length) {
        return null;
      }
      return size / format.blockAlign / format.sampleRate;
    } else if (id === 'fact') {
      // A sample count of its own (compressed or unusual files): music-metadata goes by it.
      return null;
    }
    at = body + size + (size % 2);
  }
  return null;
}
