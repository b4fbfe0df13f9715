/**
 * @module
 * The number's speech settings as the form edits them: one to four
 * languages to transcribe in (detected among when more than one), and what
 * to do with swearing.
 */
import type { NumberSpeech, Profanity, SpeechStatus } from '../greetings/types.js';
import { type LanguageOption, languageLabel } from '../greetings/voices.js';

/** Azure detects the language among at most four candidates. */
export const MAX_SPEECH_LANGUAGES = 4;

export const PROFANITY_CHOICES: readonly { value: Profanity; label: string; hint: string }[] = [
  { value: 'masked', label: 'Masked', hint: 'Swear words become asterisks (****).' },
  { value: 'removed', label: 'Removed', hint: 'Swear words are left out of the text.' },
  { value: 'raw', label: 'As spoken', hint: 'Swear words are kept as they were said.' },
];

/**
 * The list with one more language: the first of `offered` (the engine's
 * languages, by name) not chosen yet; the same list when four are chosen already.
 *
 * @example
 * withAnotherLanguage(['en-US'], languageOptions(offered)) // ['en-US', 'ca-ES'] (the first by name not chosen yet)
 */
export function withAnotherLanguage(
  languages: readonly string[],
  offered: readonly LanguageOption[],
): string[] {
  if (languages.length >= MAX_SPEECH_LANGUAGES) return [...languages];
  const next = offered.find((l) => !languages.includes(l.value));
  return next ? [...languages, next.value] : [...languages];
}

/**
 * What is wrong with the languages before saving, or null.
 *
 * @example
 * languagesProblem(['en-US', 'en-US']) // "English (United States) is listed twice"
 */
export function languagesProblem(languages: readonly string[]): string | null {
  if (languages.length === 0) return 'Choose at least one language';
  if (languages.length > MAX_SPEECH_LANGUAGES) return 'Choose at most four languages';
  const seen = new Set<string>();
  for (const tag of languages) {
    if (seen.has(tag)) {
      return `${languageLabel(tag)} is listed twice`;
    }
    seen.add(tag);
  }
  return null;
}

/** True when the form differs from what is saved. */
export function speechChanged(saved: NumberSpeech, form: NumberSpeech): boolean {
  return saved.profanity !== form.profanity || saved.languages.join() !== form.languages.join();
}

/**
 * Who transcribes this number's voicemails, in one line.
 *
 * @example
 * transcriberLine({ engine: 'azure', problem: null, twilioTranscription: true }, 2)
 * // "Azure Speech transcribes voicemails, detecting the language among the 2 below."
 */
export function transcriberLine(status: SpeechStatus | undefined, count: number): string {
  if (!status) return 'Checking who transcribes…';
  if (status.engine === 'azure') {
    return count > 1
      ? `Azure Speech transcribes voicemails, detecting the language among the ${count} below.`
      : 'Azure Speech transcribes voicemails in the language below.';
  }
  // The server's `problem` says the same at length; the page says it in one line.
  return status.twilioTranscription
    ? 'Azure Speech is not set up: Twilio transcribes voicemails when the voicemail step asks for it (English only, messages up to 2 minutes). The languages and profanity below apply once Azure is set up — see docs/speech.md.'
    : 'Azure Speech is not set up and Twilio transcription is off: voicemails are not transcribed. The settings below apply once Azure is set up — see docs/speech.md.';
}
