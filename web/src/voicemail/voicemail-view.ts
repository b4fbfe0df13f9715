/**
 * @module
 * What the inbox says about a voicemail's transcript and audio: only what is
 * true (no transcript is ever promised), worded once for rows and detail.
 */
import { languageLabel } from '../greetings/voices.js';
import { exactTime } from '../ui/dates.js';
import { deletedLine } from './format.js';
import type { VoicemailAudio, VoicemailTranscript } from './types.js';

/** The transcript as shown: its text, or a note in place of it. */
export interface TranscriptView {
  kind: 'text' | 'note' | 'error';
  text: string;
}

/**
 * The transcript block of the detail: none -> "Not transcribed", pending ->
 * "Transcribing…", failed -> the reason, done -> the text.
 *
 * @example
 * transcriptView({ status: 'none', text: null, error: null }) // { kind: 'note', text: 'Not transcribed' }
 */
export function transcriptView(t: VoicemailTranscript): TranscriptView {
  switch (t.status) {
    case 'done':
      return t.text?.trim()
        ? { kind: 'text', text: t.text.trim() }
        : { kind: 'note', text: 'Transcribed: no words were recognised' };
    case 'pending':
      return { kind: 'note', text: 'Transcribing…' };
    case 'failed':
      return { kind: 'error', text: `Transcription failed: ${t.error ?? 'no reason given'}` };
    default:
      return { kind: 'note', text: 'Not transcribed' };
  }
}

/**
 * The line of a row in the inbox: the transcript's first line, or the same
 * note as the detail ("Not transcribed").
 *
 * @example
 * transcriptPreview({ status: 'done', text: 'Hi, it is Bob.\nCall me back.', error: null })
 * // { kind: 'text', text: 'Hi, it is Bob.' }
 */
export function transcriptPreview(t: VoicemailTranscript): TranscriptView {
  const view = transcriptView(t);
  if (view.kind === 'text') return { kind: 'text', text: view.text.split('\n')[0]?.trim() ?? '' };
  if (view.kind === 'error') return { kind: 'error', text: 'Transcription failed' };
  return view;
}

/**
 * What stands in for the player when there is no audio to play; `null` when
 * the audio is stored.
 *
 * @example
 * audioNote({ status: 'unavailable', error: 'Twilio answered 404', ... }) // "Audio unavailable: Twilio answered 404"
 */
export function audioNote(audio: VoicemailAudio): string | null {
  switch (audio.status) {
    case 'stored':
      return null;
    case 'fetching':
      return audio.error
        ? `Copying the recording from Twilio… The last try failed (${audio.error}); Ringflow tries again.`
        : 'Copying the recording from Twilio…';
    case 'unavailable':
      return `Audio unavailable: ${audio.error ?? 'no reason given'}`;
    case 'deleted':
      return deletedLine(audio.deletedReason, audio.deletedAt);
  }
}

/** The small chip of a row for audio that cannot be played (yet); `null` when it can. */
export function audioChip(audio: VoicemailAudio): { text: string; tone: 'warn' | 'bad' } | null {
  switch (audio.status) {
    case 'fetching':
      return { text: 'fetching audio', tone: 'warn' };
    case 'unavailable':
      return { text: 'audio unavailable', tone: 'bad' };
    case 'deleted':
      return { text: 'audio deleted', tone: 'bad' };
    default:
      return null;
  }
}

/**
 * The audio's address for the Download button: the same file, sent as an attachment.
 *
 * @example
 * downloadUrl('/api/voicemails/vm_1/audio') // "/api/voicemails/vm_1/audio?download=1"
 */
export function downloadUrl(url: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}download=1`;
}

/**
 * The line under a transcript: the language, who transcribed it, how sure
 * it was, and who corrected it; empty parts are left out.
 *
 * @example
 * transcriptMeta({ status: 'done', text: 'Hi', error: null, language: 'en-US', engine: 'azure', confidence: 0.91 })
 * // ['English (United States)', 'Transcribed by Azure', '91% confidence']
 */
export function transcriptMeta(t: VoicemailTranscript): string[] {
  if (t.status !== 'done') return [];
  const parts: string[] = [];
  if (t.language) parts.push(languageLabel(t.language));
  if (t.engine) parts.push(t.engine === 'azure' ? 'Transcribed by Azure' : 'Transcribed by Twilio');
  if (typeof t.confidence === 'number' && Number.isFinite(t.confidence)) {
    parts.push(`${Math.round(t.confidence * 100)}% confidence`);
  }
  if (t.editedAt || t.editedBy) {
    const who = t.editedBy ? ` by ${t.editedBy.name}` : '';
    parts.push(`Corrected${who}${t.editedAt ? ` on ${exactTime(t.editedAt)}` : ''}`);
  }
  return parts;
}
