import fc from 'fast-check';
import { parseBuffer } from 'music-metadata';
import { describe, expect, it } from 'vitest';
import { makeWav } from '../../test/fakes/wav.js';
import { audioDuration } from '../src/media/audio-file.js';
import { wavDuration } from '../src/media/wav.js';

/** A WAV file built chunk by chunk, so a test can add, reorder or break chunks. */
function riff(chunks: [string, Buffer][]): Buffer {
  const body = chunks.map(([id, data]) => {
    const head = Buffer.alloc(8);
    head.write(id, 0, 'ascii');
    head.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, data, Buffer.alloc(data.length % 2)]);
  });
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(4 + body.reduce((n, b) => n + b.length, 0), 4);
  head.write('WAVE', 8, 'ascii');
  return Buffer.concat([head, ...body]);
}

function fmt(tag: number, channels: number, sampleRate: number, bits: number): Buffer {
  const f = Buffer.alloc(16);
  const blockAlign = channels * Math.ceil(bits / 8);
  f.writeUInt16LE(tag, 0);
  f.writeUInt16LE(channels, 2);
  f.writeUInt32LE(sampleRate, 4);
  f.writeUInt32LE(sampleRate * blockAlign, 8);
  f.writeUInt16LE(blockAlign, 12);
  f.writeUInt16LE(bits, 14);
  return f;
}

/** A LIST chunk with a title, as editors write it between fmt and data. */
const INFO_LIST = Buffer.concat([
  Buffer.from('INFOINAM', 'ascii'),
  Buffer.from([4, 0, 0, 0]),
  Buffer.from('abc\0', 'ascii'),
]);

async function musicMetadataSeconds(bytes: Buffer): Promise<number | undefined> {
  const { format } = await parseBuffer(bytes, { mimeType: 'audio/wav' }, { duration: true });
  return format.duration;
}

describe('wavDuration', () => {
  it('says what music-metadata says for PCM, float, A-law and µ-law files of any shape', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(1, 3, 6, 7),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(8000, 11025, 16000, 22050, 44100, 48000),
        fc.integer({ min: 0, max: 3000 }),
        fc.boolean(),
        async (tag, channels, sampleRate, frames, withList) => {
          const bits = tag === 1 ? 16 : tag === 3 ? 32 : 8;
          const format = fmt(tag, channels, sampleRate, bits);
          const data = Buffer.alloc(frames * format.readUInt16LE(12));
          // Twilio's files have no LIST chunk; others put one between fmt and data.
          const list: [string, Buffer][] = withList ? [['LIST', INFO_LIST]] : [];
          const file = riff([['fmt ', format], ...list, ['data', data]]);
          const ours = wavDuration(file);
          const theirs = await musicMetadataSeconds(file);
          // music-metadata leaves an empty file's duration unset.
          if (frames === 0) expect(ours).toBe(0);
          else expect(ours).toBeCloseTo(theirs as number, 9);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads the test recordings the product copies', () => {
    expect(wavDuration(makeWav({ seconds: 2 }))).toBe(2);
    expect(wavDuration(makeWav({ seconds: 2.5, sampleRate: 16000 }))).toBe(2.5);
  });

  it('leaves to music-metadata what the header cannot answer alone', () => {
    const pcm = fmt(1, 1, 8000, 16);
    const data = Buffer.alloc(1600);
    // Not a WAV file at all, or cut short.
    expect(wavDuration(Buffer.from('ID3\u0004 not a wav file'))).toBeNull();
    expect(
      wavDuration(
        riff([
          ['fmt ', pcm],
          ['data', data],
        ]).subarray(0, 60),
      ),
    ).toBeNull();
    // A compressed codec (IMA ADPCM), a sample count of its own, no fmt before data.
    expect(
      wavDuration(
        riff([
          ['fmt ', fmt(0x11, 1, 8000, 4)],
          ['data', data],
        ]),
      ),
    ).toBeNull();
    expect(
      wavDuration(
        riff([
          ['fmt ', pcm],
          ['fact', Buffer.alloc(4)],
          ['data', data],
        ]),
      ),
    ).toBeNull();
    expect(
      wavDuration(
        riff([
          ['data', data],
          ['fmt ', pcm],
        ]),
      ),
    ).toBeNull();
    // A header that names no rate.
    expect(
      wavDuration(
        riff([
          ['fmt ', fmt(1, 1, 0, 16)],
          ['data', data],
        ]),
      ),
    ).toBeNull();
  });

  it('gives audioDuration the same answer either way, rounded to hundredths', async () => {
    const wav = makeWav({ seconds: 1.234 });
    const viaHeader = await audioDuration(wav, 'audio/wav');
    expect(viaHeader).toBe(1.23);
    expect(viaHeader).toBe(Math.round(((await musicMetadataSeconds(wav)) as number) * 100) / 100);
    // A file the header reader turns down still gets music-metadata's answer.
    const withFact = riff([
      ['fmt ', fmt(1, 1, 8000, 16)],
      ['fact', Buffer.from([0x40, 0x1f, 0, 0])],
      ['data', Buffer.alloc(16000)],
    ]);
    expect(wavDuration(withFact)).toBeNull();
    expect(await audioDuration(withFact, 'audio/wav')).toBe(1);
  });
});
