import { describe, expect, it } from 'vitest';
import { transcriptionNote } from './transcription-note.js';

describe('transcriptionNote', () => {
  it('says who transcribes, and refuses the box when nobody can', () => {
    expect(
      transcriptionNote({ engine: 'azure', problem: null, twilioTranscription: true }),
    ).toEqual({ disabled: false, hint: expect.stringMatching(/^Transcribed by Azure Speech/) });
    expect(
      transcriptionNote({ engine: null, problem: 'x', twilioTranscription: true }).hint,
    ).toMatch(/^Transcribed by Twilio/);
    expect(transcriptionNote({ engine: null, problem: 'x', twilioTranscription: false })).toEqual({
      disabled: true,
      hint: expect.stringMatching(/^Nothing can transcribe/),
    });
  });
});
