/**
 * @module
 * The greetings and speech API's answers, from the types generated from the
 * server's schemas (api/generated.ts), named as the greeting pages read them.
 */
import type { SpeechVoice } from '@ringflow/shared';
import type { ApiReply, ApiSchema } from '../api/types.js';

/** One greeting of the library: an uploaded or recorded file, or text to be spoken. */
export type Greeting = ApiSchema<'Greeting'>;
export type GreetingSource = Greeting['source'];
export type SynthesisStatus = NonNullable<Greeting['synthesis']>['status'];
export type GreetingsReply = ApiReply<'/greetings', 'get'>;

/** GET /speech: who speaks text and who transcribes voicemails. */
export type SpeechStatus = ApiSchema<'SpeechStatus'>;

/** A voice as the server lists it: the same shape the validator's catalogue holds. */
export type Voice = SpeechVoice;

/** GET /speech/voices; `languages` is every language the engine has a voice for, whatever `?language=` filters. */
export type VoicesReply = ApiReply<'/speech/voices', 'get'>;

/** GET/PUT /numbers/{id}/speech: the languages to transcribe in and what to do with swearing. */
export type NumberSpeech = ApiSchema<'NumberSpeech'>;
export type Profanity = NumberSpeech['profanity'];
