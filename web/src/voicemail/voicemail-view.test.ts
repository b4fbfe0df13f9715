import { describe, expect, it } from 'vitest';
import { formatDay } from '../ui/dates.js';
import type { VoicemailAudio, VoicemailTranscript } from './types.js';
import {
  audioChip,
  audioNote,
  downloadUrl,
  transcriptMeta,
  transcriptPreview,
  transcriptView,
} from './voicemail-view.js';

const audio = (over: Partial<VoicemailAudio>): VoicemailAudio => ({
  status: 'stored',
  error: null,
  contentType: 'audio/wav',
  bytes: 1000,
  deletedAt: null,
  deletedReason: null,
  url: '/api/voicemails/vm_1/audio',
  ...over,
});

const transcript = (over: Partial<VoicemailTranscript>): VoicemailTranscript => ({
  status: 'none',
  text: null,
  error: null,
  language: null,
  confidence: null,
  engine: null,
  editedAt: null,
  editedBy: null,
  ...over,
});

describe('the transcript', () => {
  it('never pretends: none, pending and failed say what they are', () => {
    expect(transcriptView(transcript({ status: 'none', text: null, error: null }))).toEqual({
      kind: 'note',
      text: 'Not transcribed',
    });
    expect(transcriptView(transcript({ status: 'pending', text: null, error: null })).text).toBe(
      'Transcribing…',
    );
    expect(
      transcriptView(transcript({ status: 'failed', text: null, error: 'Audio too short' })),
    ).toEqual({
      kind: 'error',
      text: 'Transcription failed: Audio too short',
    });
  });
  it('shows the text, and its first line in the list', () => {
    const t = transcript({ status: 'done', text: ' Hi, it is Bob.\nCall me back. ' });
    expect(transcriptView(t)).toEqual({ kind: 'text', text: 'Hi, it is Bob.\nCall me back.' });
    expect(transcriptPreview(t)).toEqual({ kind: 'text', text: 'Hi, it is Bob.' });
    expect(transcriptPreview(transcript({ status: 'failed', text: null, error: 'x' })).text).toBe(
      'Transcription failed',
    );
    expect(transcriptPreview(transcript({ status: 'none', text: null, error: null })).text).toBe(
      'Not transcribed',
    );
  });
});

describe('the audio', () => {
  it('has no note or chip when stored', () => {
    expect(audioNote(audio({}))).toBeNull();
    expect(audioChip(audio({}))).toBeNull();
  });
  it('says it is being copied, or why it is missing', () => {
    expect(audioNote(audio({ status: 'fetching', url: null }))).toBe(
      'Copying the recording from Twilio…',
    );
    expect(audioNote(audio({ status: 'fetching', error: 'no such recording yet' }))).toBe(
      'Copying the recording from Twilio… The last try failed (no such recording yet); Ringflow tries again.',
    );
    expect(audioChip(audio({ status: 'fetching' }))?.text).toBe('fetching audio');
    expect(audioNote(audio({ status: 'unavailable', error: 'Twilio answered 404' }))).toBe(
      'Audio unavailable: Twilio answered 404',
    );
    expect(audioChip(audio({ status: 'unavailable' }))?.text).toBe('audio unavailable');
    const day = new Date(2026, 10, 23, 12).toISOString();
    expect(
      audioNote(audio({ status: 'deleted', deletedReason: 'retention', deletedAt: day })),
    ).toBe(`Recording deleted by retention on ${formatDay(day)}`);
  });
  it('downloads the same file as an attachment', () => {
    expect(downloadUrl('/api/voicemails/vm_1/audio')).toBe('/api/voicemails/vm_1/audio?download=1');
    expect(downloadUrl('/a?x=1')).toBe('/a?x=1&download=1');
  });
});

describe('transcriptMeta', () => {
  const done = transcript({ status: 'done', text: 'Hi' });
  it('shows the language, the engine and the confidence', () => {
    expect(
      transcriptMeta({ ...done, language: 'en-US', engine: 'azure', confidence: 0.914 }),
    ).toEqual(['English (United States)', 'Transcribed by Azure', '91% confidence']);
    expect(transcriptMeta({ ...done, engine: 'twilio' })).toEqual(['Transcribed by Twilio']);
  });

  it('says who corrected it', () => {
    const [line] = transcriptMeta({
      ...done,
      editedAt: '2026-11-30T10:00:00Z',
      editedBy: { id: 'u1', name: 'Alice' },
    });
    expect(line).toMatch(/^Corrected by Alice on /);
  });

  it('says nothing for a transcript that is not done', () => {
    expect(
      transcriptMeta(transcript({ status: 'pending', text: null, error: null, engine: 'azure' })),
    ).toEqual([]);
  });
});
