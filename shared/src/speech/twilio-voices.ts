/**
 * @module
 * The voices Twilio's `<Say>` speaks with, from Twilio's "Text-to-speech:
 * available voices and languages" page: the basic `man` and `woman`, `alice`,
 * Amazon Polly (standard and neural) and Google (standard, and Neural2 for
 * English) voices, for the languages Ringflow's users ask for most. A voice
 * missing here is reported by the validator, so add it here when Twilio
 * lists it rather than loosening the check.
 */
import type { SpeechLanguage, SpeechVoice, VoiceCatalogue } from './voices.js';

type Gender = SpeechVoice['gender'];
const GENDERS: Record<string, Gender> = { f: 'female', m: 'male' };

/** Every language a voice below speaks, with the name a picker shows. */
const LANGUAGE_LABELS: Record<string, string> = {
  'ca-ES': 'Catalan (Spain)',
  'cmn-CN': 'Chinese, Mandarin (China)',
  'da-DK': 'Danish (Denmark)',
  'de-DE': 'German (Germany)',
  'en-AU': 'English (Australia)',
  'en-CA': 'English (Canada)',
  'en-GB': 'English (United Kingdom)',
  'en-IN': 'English (India)',
  'en-US': 'English (United States)',
  'es-ES': 'Spanish (Spain)',
  'es-MX': 'Spanish (Mexico)',
  'es-US': 'Spanish (United States)',
  'fi-FI': 'Finnish (Finland)',
  'fr-CA': 'French (Canada)',
  'fr-FR': 'French (France)',
  'it-IT': 'Italian (Italy)',
  'ja-JP': 'Japanese (Japan)',
  'ko-KR': 'Korean (South Korea)',
  'nb-NO': 'Norwegian Bokmål (Norway)',
  'nl-NL': 'Dutch (Netherlands)',
  'pl-PL': 'Polish (Poland)',
  'pt-BR': 'Portuguese (Brazil)',
  'pt-PT': 'Portuguese (Portugal)',
  'ru-RU': 'Russian (Russia)',
  'sv-SE': 'Swedish (Sweden)',
  'zh-CN': 'Chinese (China)',
  'zh-HK': 'Chinese (Hong Kong)',
  'zh-TW': 'Chinese (Taiwan)',
};

/**
 * `man` and `woman` speak English, British English, Spanish, French and
 * German; Twilio writes those `en`, `en-gb`, `es`, `fr` and `de`, read here
 * as the regional tags a prompt holds.
 */
const BASIC_LANGUAGES = ['en-US', 'en-GB', 'es-ES', 'fr-FR', 'de-DE'];

const ALICE_LANGUAGES = [
  'da-DK',
  'de-DE',
  'en-AU',
  'en-CA',
  'en-GB',
  'en-IN',
  'en-US',
  'ca-ES',
  'es-ES',
  'es-MX',
  'fi-FI',
  'fr-CA',
  'fr-FR',
  'it-IT',
  'ja-JP',
  'ko-KR',
  'nb-NO',
  'nl-NL',
  'pl-PL',
  'pt-BR',
  'pt-PT',
  'ru-RU',
  'sv-SE',
  'zh-CN',
  'zh-HK',
  'zh-TW',
];

/** Polly voices of one language: `Name:f` or `Name:m`, standard ones, then neural ones. */
const POLLY: [language: string, standard: string, neural: string][] = [
  [
    'en-US',
    'Ivy:f Joanna:f Joey:m Justin:m Kendra:f Kimberly:f Matthew:m Salli:f',
    'Danielle:f Gregory:m Ivy:f Joanna:f Joey:m Justin:m Kendra:f Kevin:m Kimberly:f Matthew:m Ruth:f Salli:f Stephen:m',
  ],
  ['en-GB', 'Amy:f Brian:m Emma:f', 'Amy:f Arthur:m Brian:m Emma:f'],
  ['en-AU', 'Nicole:f Russell:m', 'Olivia:f'],
  ['en-IN', 'Aditi:f Raveena:f', 'Kajal:f'],
  ['fr-FR', 'Celine:f Lea:f Mathieu:m', 'Lea:f Remi:m'],
  ['fr-CA', 'Chantal:f', 'Gabrielle:f Liam:m'],
  ['es-ES', 'Conchita:f Enrique:m Lucia:f', 'Lucia:f Sergio:m'],
  ['es-MX', 'Mia:f', 'Andres:m Mia:f'],
  ['es-US', 'Lupe:f Miguel:m Penelope:f', 'Lupe:f Pedro:m'],
  ['de-DE', 'Hans:m Marlene:f Vicki:f', 'Daniel:m Vicki:f'],
  ['it-IT', 'Bianca:f Carla:f Giorgio:m', 'Adriano:m Bianca:f'],
  ['pt-BR', 'Camila:f Ricardo:m Vitoria:f', 'Camila:f Thiago:m Vitoria:f'],
  ['pt-PT', 'Cristiano:m Ines:f', 'Ines:f'],
  ['nl-NL', 'Lotte:f Ruben:m', 'Laura:f'],
  ['ja-JP', 'Mizuki:f Takumi:m', 'Kazuha:f Takumi:m Tomoko:f'],
  ['cmn-CN', 'Zhiyu:f', 'Zhiyu:f'],
];

/** Google voices of one language and type: `A:f B:m ...` for `Google.<language>-<type>-A`. */
const GOOGLE: [language: string, type: 'Standard' | 'Neural2', letters: string][] = [
  ['en-US', 'Standard', 'A:m B:m C:f D:m E:f F:f G:f H:f I:m J:m'],
  ['en-US', 'Neural2', 'A:m C:f D:m E:f F:f G:f H:f I:m J:m'],
  ['en-GB', 'Standard', 'A:f B:m C:f D:m F:f'],
  ['en-GB', 'Neural2', 'A:f B:m C:f D:m F:f'],
  ['en-AU', 'Standard', 'A:f B:m C:f D:m'],
  ['en-IN', 'Standard', 'A:f B:m C:m D:f'],
  ['fr-FR', 'Standard', 'A:f B:m C:f D:m E:f'],
  ['fr-CA', 'Standard', 'A:f B:m C:f D:m'],
  ['es-ES', 'Standard', 'A:f B:m C:f D:f'],
  ['es-US', 'Standard', 'A:f B:m C:m'],
  ['de-DE', 'Standard', 'A:f B:m C:f D:m E:m F:f'],
  ['it-IT', 'Standard', 'A:f B:f C:m D:m'],
  ['pt-BR', 'Standard', 'A:f B:m C:f'],
  ['pt-PT', 'Standard', 'A:f B:m C:m D:f'],
  ['nl-NL', 'Standard', 'A:f B:m C:m D:f E:f'],
  ['ja-JP', 'Standard', 'A:f B:f C:m D:m'],
  ['cmn-CN', 'Standard', 'A:f B:m C:m D:f'],
];

function pairs(list: string): [string, Gender][] {
  return list.split(' ').map((item) => {
    const [name = '', g = ''] = item.split(':');
    return [name, GENDERS[g] ?? 'neutral'];
  });
}

function build(): SpeechVoice[] {
  const voices: SpeechVoice[] = [];
  for (const language of BASIC_LANGUAGES) {
    voices.push({ name: 'man', language, label: 'Man (basic)', gender: 'male' });
    voices.push({ name: 'woman', language, label: 'Woman (basic)', gender: 'female' });
  }
  for (const language of ALICE_LANGUAGES)
    voices.push({ name: 'alice', language, label: 'Alice', gender: 'female' });
  for (const [language, standard, neural] of POLLY) {
    for (const [name, gender] of pairs(standard))
      voices.push({ name: `Polly.${name}`, language, label: `${name} (Amazon Polly)`, gender });
    for (const [name, gender] of pairs(neural)) {
      const label = `${name} (Amazon Polly, neural)`;
      voices.push({ name: `Polly.${name}-Neural`, language, label, gender });
    }
  }
  for (const [language, type, letters] of GOOGLE) {
    for (const [letter, gender] of pairs(letters)) {
      const name = `Google.${language}-${type}-${letter}`;
      voices.push({ name, language, label: `${type} ${letter} (Google)`, gender });
    }
  }
  return voices;
}

/**
 * Twilio's `<Say>` voices, one entry per voice and language (`alice` has one
 * per language she speaks).
 *
 * @example
 * twilioVoices.filter((v) => v.language === 'fr-CA').map((v) => v.name);
 * // ['alice', 'Polly.Chantal', 'Polly.Gabrielle-Neural', 'Polly.Liam-Neural', 'Google.fr-CA-Standard-A', ...]
 */
export const twilioVoices: readonly SpeechVoice[] = build();

/**
 * The languages Twilio's `<Say>` speaks, sorted by tag.
 *
 * @example
 * twilioLanguages.find((l) => l.language === 'pt-BR')?.label; // 'Portuguese (Brazil)'
 */
export const twilioLanguages: readonly SpeechLanguage[] = [
  ...new Set(twilioVoices.map((v) => v.language)),
]
  .sort()
  .map((language) => ({ language, label: LANGUAGE_LABELS[language] ?? language }));

/** Twilio's voices as the validator's default catalogue. */
export const twilioCatalogue: VoiceCatalogue = { engine: 'Twilio', voices: twilioVoices };
