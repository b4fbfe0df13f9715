/**
 * @module
 * The greetings and speech API's answers, copied by hand from the server's
 * schemas (docs/api.md, Greetings and Speech), as the rest of the app does.
 */
import type { SpeechVoice } from '@ringflow/shared';

export type GreetingSource = 'upload' | 'recording' | 'tts';
export type SynthesisStatus = 'pending' | 'done' | 'failed' | 'unavailable';

/** One greeting of the library: an uploaded or recorded file, or text to be spoken. */
export interface Greeting {
  id: string;
  name: string;
  source: GreetingSource;
  contentType: string | null;
  durationSeconds: number | null;
  bytes: number | null;
  /** Bumped when the file is replaced or the text, voice or language change. */
  version: number;
  text: string | null;
  voice: string | null;
  language: string | null;
  /** Text-to-speech greetings only: whether Azure made the audio. */
  synthesis: { status: SynthesisStatus; error: string | null } | null;
  /** `/api/greetings/<id>/audio?v=<version>` when there is audio to play. */
  audioUrl: string | null;
  /** The flows that use it, e.g. `flow "Main" (node vm)`; drafts end with "(draft)". */
  usedBy: string[];
  createdAt: string;
  updatedAt: string;
}

export interface GreetingsReply {
  greetings: Greeting[];
}

/** GET /speech: who speaks text and who transcribes voicemails. */
export interface SpeechStatus {
  engine: 'azure' | null;
  /** Why Azure is not used ("AZURE_SPEECH_KEY is not set: …"), or null. */
  problem: string | null;
  twilioTranscription: boolean;
}

/** A voice as the server lists it: the same shape the validator's catalogue holds. */
export type Voice = SpeechVoice;

export interface VoicesReply {
  engine: 'azure' | 'twilio';
  voices: Voice[];
  /** Every language the engine has a voice for (sorted tags), whatever `?language=` filters. */
  languages: string[];
}

export type Profanity = 'masked' | 'removed' | 'raw';

/** GET/PUT /numbers/{id}/speech: the languages to transcribe in and what to do with swearing. */
export interface NumberSpeech {
  languages: string[];
  profanity: Profanity;
}
