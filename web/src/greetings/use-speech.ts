/**
 * @module
 * What the speech engine offers, asked once per page load and shared by
 * every prompt on the page: who speaks (GET /speech) and the voices of a
 * language (GET /speech/voices). A failed answer is forgotten, so the next
 * prompt asks again.
 */

import type { VoiceCatalogue } from '@ringflow/shared';
import { ApiError, api } from '../api/client.js';
import { messageOf } from '../ui/field-errors.js';
import { type Resource, useResource } from '../ui/use-resource.js';
import type { SpeechStatus, VoicesReply } from './types.js';

const answers = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let answer = answers.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = load();
    answers.set(key, answer);
    answer.catch(() => answers.delete(key));
  }
  return answer;
}

/** Forgets what was asked (after the settings change, and between tests). */
export function forgetSpeechAnswers(): void {
  answers.clear();
}

/**
 * Whether Azure speaks and transcribes, or Twilio does.
 *
 * @example
 * const speech = useSpeechStatus();
 * speech.data?.engine === 'azure';
 */
export function useSpeechStatus(): Resource<SpeechStatus> {
  return useResource('speech-status', () =>
    once('speech', () => api<SpeechStatus>('GET', '/speech')),
  );
}

/**
 * The voices that speak `language`, from Azure when it is set up, otherwise Twilio's <Say> voices.
 *
 * @example
 * const voices = useVoices('fr-FR');
 */
export function useVoices(language: string): Resource<VoicesReply> {
  const tag = language || 'en-US';
  return useResource(`speech-voices:${tag}`, () =>
    once(`voices:${tag}`, () =>
      api<VoicesReply>('GET', `/speech/voices?language=${encodeURIComponent(tag)}`),
    ),
  );
}

/** Every voice of the engine, asked once per page load (the language pickers and the validator share it). */
function allVoices(): Promise<VoicesReply> {
  return once('voices:*', () => api<VoicesReply>('GET', '/speech/voices'));
}

/**
 * The languages to pick from: those of Azure's voices when Azure is set up,
 * otherwise those of Twilio's <Say>.
 *
 * @example
 * const offered = useSpeechLanguages();
 * languageOptions(offered.data, prompt.language);
 */
export function useSpeechLanguages(): Resource<VoicesReply> {
  return useResource('speech-voices:*', allVoices);
}

/**
 * Who speaks text, in one line for the places that offer text.
 *
 * @example
 * speakerLine({ engine: null, ... }) // "Spoken by Twilio's <Say> voice on calls."
 */
export function speakerLine(status: SpeechStatus | undefined): string {
  if (!status) return '';
  return status.engine === 'azure'
    ? 'Synthesised once by Azure Speech and played as audio on calls.'
    : "Spoken by Twilio's <Say> voice on calls.";
}

/** The banner shown where text is typed while Azure is not set up. */
export const NO_AZURE_BANNER =
  "Text is spoken by Twilio's voice; set AZURE_SPEECH_KEY and AZURE_SPEECH_REGION to synthesise it once and play it as audio — see docs/speech.md";

/**
 * Every voice of the engine that speaks, as the validator's catalogue: Azure's
 * when Azure Speech is set up (what the server checks against), one that says
 * why when the list could not be read, otherwise undefined, which the
 * validator reads as Twilio's <Say> voices. It never rejects.
 *
 * @example
 * validateFlow(document, { voices: await speechCatalogue() });
 */
export async function speechCatalogue(): Promise<VoiceCatalogue | undefined> {
  try {
    const reply = await allVoices();
    return reply.engine === 'azure' ? { engine: 'Azure Speech', voices: reply.voices } : undefined;
  } catch (error) {
    return unreadCatalogue(error);
  }
}

/**
 * The catalogue when the voice list could not be read: the validator then
 * warns that voices were not checked, rather than judging them by Twilio's
 * list, which is wrong when Azure speaks.
 *
 * @example
 * unreadCatalogue(new ApiError(502, 'timed out', 'speech')).unavailable
 * // "Azure Speech did not answer (timed out)"
 */
export function unreadCatalogue(error: unknown): VoiceCatalogue {
  // 502: Azure is set up and did not answer.
  if (error instanceof ApiError && error.status === 502) {
    return {
      engine: 'Azure Speech',
      voices: [],
      unavailable: `Azure Speech did not answer (${error.message})`,
    };
  }
  return {
    engine: 'the speech engine',
    voices: [],
    unavailable: `the voice list could not be read (${messageOf(error)})`,
  };
}
