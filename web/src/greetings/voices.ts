/**
 * @module
 * The language and voice pickers' choices: the languages of the engine that
 * speaks (Azure's when it is set up, else Twilio's <Say>), the voices of one
 * language, labelled for people, and what happens to a chosen voice when the
 * language changes.
 */
import { twilioLanguages } from '@ringflow/shared';
import type { Voice, VoicesReply } from './types.js';

/** One choice of a language picker. */
export interface LanguageOption {
  value: string;
  label: string;
}

/** The languages the engine offers, as GET /speech/voices answers them. */
export type OfferedLanguages = Pick<VoicesReply, 'engine' | 'languages'>;

const SHARED_LABELS = new Map(twilioLanguages.map((l) => [l.language, l.label]));
// "English (United States)" rather than "American English", as the shared labels read.
const displayNames =
  typeof Intl.DisplayNames === 'function'
    ? new Intl.DisplayNames(['en'], {
        type: 'language',
        languageDisplay: 'standard',
        fallback: 'none',
      })
    : null;

/**
 * The language's name for a tag: the shared catalogue's, else the browser's
 * (Intl.DisplayNames, for the many languages only Azure speaks), else the tag.
 *
 * @example
 * languageLabel('fr-CA') // "French (Canada)"
 * languageLabel('cy-GB') // "Welsh (United Kingdom)"
 */
export function languageLabel(tag: string): string {
  const shared = SHARED_LABELS.get(tag);
  if (shared) return shared;
  try {
    return displayNames?.of(tag) ?? tag;
  } catch {
    return tag; // Not a well-formed tag: show it as it is.
  }
}

/**
 * The language choices of the engine that speaks, by name. A stored value
 * the engine does not offer stays a choice, marked, so that opening a
 * prompt never changes it silently and the check before publishing can name
 * it. Until the list arrives (or when it cannot be read), only the stored
 * value is offered.
 *
 * @example
 * languageOptions({ engine: 'azure', languages: ['en-US', 'cy-GB'] }, 'xx-YY')
 * // [{ value: 'en-US', label: 'English (United States)' },
 * //  { value: 'cy-GB', label: 'Welsh (United Kingdom)' },
 * //  { value: 'xx-YY', label: 'xx-YY (not a language Azure speaks)' }]
 */
export function languageOptions(
  offered: OfferedLanguages | undefined,
  current?: string | null,
): LanguageOption[] {
  if (!offered) return current ? [{ value: current, label: languageLabel(current) }] : [];
  const options = offered.languages
    .map((value) => ({ value, label: languageLabel(value) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  if (!current || offered.languages.includes(current)) return options;
  const engine = offered.engine === 'azure' ? 'Azure' : 'Twilio';
  return [
    ...options,
    { value: current, label: `${languageLabel(current)} (not a language ${engine} speaks)` },
  ];
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
