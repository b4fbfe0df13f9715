/**
 * @module
 * A real (if silent) MP3 for tests, built by hand: no encoder is installed,
 * and an MPEG-1 Layer III frame whose side information and main data are all
 * zeros decodes as silence. Enough for type sniffing and for a duration read
 * by counting frames.
 */

/** 144 * 128000 / 44100: one frame at 128 kbit/s and 44.1 kHz, without padding. */
const FRAME_BYTES = 417;
/** MPEG-1 Layer III frames hold 1152 samples each. */
const SAMPLES_PER_FRAME = 1152;
const SAMPLE_RATE = 44_100;

/**
 * @example
 * const mp3 = makeMp3({ seconds: 2 }); // 77 frames of silence, about 2.01 s
 */
export function makeMp3({ seconds }: { seconds: number }): Buffer {
  const frames = Math.max(1, Math.round((seconds * SAMPLE_RATE) / SAMPLES_PER_FRAME));
  const mp3 = Buffer.alloc(FRAME_BYTES * frames);
  for (let i = 0; i < frames; i++) {
    // Sync, MPEG-1, Layer III, no CRC; 128 kbit/s, 44.1 kHz, no padding; mono.
    mp3.set([0xff, 0xfb, 0x90, 0xc4], i * FRAME_BYTES);
  }
  return mp3;
}
