/**
 * @module
 * The voice picker's choices: the voices of one language, labelled for
 * people, and what happens to a chosen voice when the language changes.
 */
import { twilioLanguages } from '@ringflow/shared';
import type { Voice } from './types.js';

/**
 * The languages offered for speech and transcription: those Twilio's <Say>
 * speaks (the shared catalogue the validator also reads), by name.
 */
export const SPEECH_LANGUAGES: readonly { value: string; label: string }[] = twilioLanguages
  .map((l) => ({ value: l.language, label: l.label }))
  .sort((a, b) => a.label.localeCompare(b.label));

/**
 * The language's name for a tag, or the tag itself when it is not in the list.
 *
 * @example
 * languageLabel('fr-CA') // "French (Canada)"
 */
export function languageLabel(tag: string): string {
  return SPEECH_LANGUAGES.find((l) => l.value === tag)?.label ?? tag;
}

/**
 * The language choices, with a value already stored but not in the list
 * kept as a choice so that opening a prompt never changes it silently.
 *
 * @example
 * languageOptions('xx-YY').at(-1) // { value: 'xx-YY', label: 'xx-YY' }
 */
export function languageOptions(current?: string | null): { value: string; label: string }[] {
  const known = SPEECH_LANGUAGES.some((l) => l.value === current);
  return current && !known
    ? [...SPEECH_LANGUAGES, { value: current, label: current }]
    : [...SPEECH_LANGUAGES];
}

/**
 * The voices that speak the language (case-insensitive tag), sorted by label.
 *
 * @example
 * voicesFor(all, 'en-gb').map((v) => v.name) // ['Polly.Amy', 'Polly.Brian', ...]
 */
export function voicesFor(voices: readonly Voice[], language: string): Voice[] {
  const tag = language.toLowerCase();
  return voices
    .filter((v) => v.language.toLowerCase() === tag)
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The voice to keep when the language or the list changes: the chosen one
 * when it speaks the language, otherwise none (the engine's default voice),
 * so a prompt never keeps an English voice for French text.
 *
 * @example
 * keptVoice('Polly.Joanna', voicesFor(all, 'fr-FR')) // undefined
 */
export function keptVoice(voice: string | undefined, voices: readonly Voice[]): string | undefined {
  return voice && voices.some((v) => v.name === voice) ? voice : undefined;
}

/**
 * A voice's line in the picker: "Joanna · female".
 *
 * @example
 * voiceOptionLabel({ name: 'Polly.Joanna', label: 'Joanna (Amazon Polly)', gender: 'female', language: 'en-US' })
 * // "Joanna (Amazon Polly) · female"
 */
export function voiceOptionLabel(voice: Voice): string {
  const gender = voice.gender?.toLowerCase();
  return gender && gender !== 'unknown' ? `${voice.label} · ${gender}` : voice.label;
}
