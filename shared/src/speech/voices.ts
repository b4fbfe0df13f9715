/**
 * @module
 * Text-to-speech voices as the validator and the voice pickers read them: a
 * catalogue per engine (Twilio's `<Say>`, or Azure Speech when it is set up)
 * and the lookups that say whether a prompt's voice and language exist.
 */

/**
 * Longest text Twilio speaks in one `<Say>`: its Polly voices stop there
 * (warning 13521). Checked whatever engine speaks, because a prompt falls back
 * to `<Say>` when synthesis fails.
 */
export const SAY_MAX_CHARS = 3000;

/** One voice an engine offers. */
export interface SpeechVoice {
  /** The name a prompt's `voice` holds, e.g. `Polly.Joanna` or `en-US-JennyNeural`. */
  name: string;
  /** BCP 47 tag of the language it speaks, e.g. `en-US`. */
  language: string;
  /** What a picker shows, e.g. `Joanna (Amazon Polly, neural)`. */
  label: string;
  gender: 'female' | 'male' | 'neutral';
}

/** The voices one engine speaks with, and the engine's name as people read it in findings. */
export interface VoiceCatalogue {
  /** e.g. `Twilio` or `Azure Speech`. */
  engine: string;
  voices: readonly SpeechVoice[];
  /**
   * Why the engine's voice list could not be read, as a clause, e.g.
   * `Azure Speech did not answer (…)`. The voices and languages of prompts are then not
   * checked, and one warning says so, rather than a check against another
   * engine's list passing or failing for the wrong reason.
   */
  unavailable?: string;
}

/** A language a catalogue speaks, for pickers. */
export interface SpeechLanguage {
  /** BCP 47 tag, e.g. `fr-CA`. */
  language: string;
  /** e.g. `French (Canada)`. */
  label: string;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The voices of a catalogue that speak `language` (tags compare without case).
 *
 * @example
 * voicesFor(twilioCatalogue, 'en-GB').map((v) => v.name); // ['man', 'woman', 'alice', 'Polly.Amy', ...]
 */
export function voicesFor(catalogue: VoiceCatalogue, language: string): SpeechVoice[] {
  return catalogue.voices.filter((v) => same(v.language, language));
}

/**
 * Whether the catalogue has at least one voice for `language`.
 *
 * @example
 * speaksLanguage(twilioCatalogue, 'fr-CA'); // true
 * speaksLanguage(twilioCatalogue, 'english'); // false
 */
export function speaksLanguage(catalogue: VoiceCatalogue, language: string): boolean {
  return catalogue.voices.some((v) => same(v.language, language));
}

/**
 * The languages a voice name speaks in the catalogue; empty when no voice has
 * that name. Twilio's `alice` speaks many, most voices one.
 *
 * @example
 * languagesOfVoice(twilioCatalogue, 'Polly.Celine'); // ['fr-FR']
 * languagesOfVoice(twilioCatalogue, 'Robot9000'); // []
 */
export function languagesOfVoice(catalogue: VoiceCatalogue, name: string): string[] {
  return catalogue.voices.filter((v) => same(v.name, name)).map((v) => v.language);
}

/**
 * The languages of a list of voices, each once, in the order first met.
 *
 * @example
 * languagesOf([{ name: 'a', language: 'en-US', ... }, { name: 'b', language: 'en-US', ... }]); // ['en-US']
 */
export function languagesOf(voices: readonly SpeechVoice[]): string[] {
  return [...new Set(voices.map((v) => v.language))];
}
