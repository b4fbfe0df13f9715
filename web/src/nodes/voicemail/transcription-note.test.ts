import { describe, expect, it } from 'vitest';
import { transcriptionNote } from './transcription-note.js';

describe('transcriptionNote', () => {
  it('says who transcribes, and refuses the box when nobody can', () => {
    expect(
      transcriptionNote({ engine: 'azure', problem: null, twilioTranscription: true }),
    ).toEqual({
      disabled: false,
      hint: expect.stringMatching(/^Transcribed by Azure Speech/),
      limit: null,
    });
    expect(
      transcriptionNote({ engine: null, problem: 'x', twilioTranscription: true }).hint,
    ).toMatch(/^Transcribed by Twilio/);
    expect(transcriptionNote({ engine: null, problem: 'x', twilioTranscription: false })).toEqual({
      disabled: true,
      hint: expect.stringMatching(/^Nothing can transcribe/),
      limit: null,
    });
  });

  it("warns of Twilio's 2-minute limit only when Twilio transcribes a step that allows longer", () => {
    const twilio = { engine: null, problem: 'x', twilioTranscription: true } as const;
    const azure = { engine: 'azure', problem: null, twilioTranscription: true } as const;
    expect(transcriptionNote(twilio, { transcribe: true, maxLengthSeconds: 300 }).limit).toMatch(
      /^Twilio transcribes messages up to 2 minutes: .*300 seconds/,
    );
    expect(transcriptionNote(twilio, { transcribe: true, maxLengthSeconds: 120 }).limit).toBeNull();
    expect(
      transcriptionNote(twilio, { transcribe: false, maxLengthSeconds: 300 }).limit,
    ).toBeNull();
    expect(transcriptionNote(azure, { transcribe: true, maxLengthSeconds: 300 }).limit).toBeNull();
  });
});
