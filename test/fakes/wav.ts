/**
 * @module
 * Real WAV files for tests: PCM, 16-bit, mono, a sine tone, so a player can
 * read its length and a waveform has a shape.
 */

export interface WavOptions {
  seconds: number;
  sampleRate?: number;
  frequency?: number;
}

/**
 * @example
 * const wav = makeWav({ seconds: 3 }); // 44-byte header + 3 * 8000 samples of 2 bytes
 */
export function makeWav({ seconds, sampleRate = 8000, frequency = 440 }: WavOptions): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const dataBytes = samples * 2;
  const wav = Buffer.alloc(44 + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // size of the fmt chunk
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28); // bytes per second
  wav.writeUInt16LE(2, 32); // bytes per frame
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < samples; i++) {
    const value = Math.sin((2 * Math.PI * frequency * i) / sampleRate) * 0.5 * 0x7fff;
    wav.writeInt16LE(Math.round(value), 44 + i * 2);
  }
  return wav;
}
