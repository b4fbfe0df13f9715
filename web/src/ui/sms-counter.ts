import {
  GSM7_BASIC_CHARS,
  GSM7_EXTENSION_CHARS,
  renderTemplate,
  SMS_MAX_CHARS,
  smsLength,
  templateVariables,
} from '@ringflow/shared';

/** Past this many characters carriers may split a text into many parts, or drop it. */
export const SOFT_LIMIT_CHARS = 320;

export interface SmsCounter {
  /** "84 characters · GSM-7 · 1 segment" */
  line: string;
  /** error: the server refuses it; warn: it goes out, but may arrive badly. */
  level: 'ok' | 'warn' | 'error';
  /** What the level means, or why the text costs UCS-2; null when there is nothing to say. */
  note: string | null;
}

const GSM7: ReadonlySet<string> = new Set([...GSM7_BASIC_CHARS, ...GSM7_EXTENSION_CHARS]);
const plural = (n: number, word: string) =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The first character that forces UCS-2, as a user would point at it. */
function firstNonGsm(text: string): string | undefined {
  return [...text].find((char) => !GSM7.has(char));
}

/**
 * The live counter under a text: characters, encoding and segments of the
 * text as it would go out (variables filled with `values` when given), and
 * whether it is too long. The hard limit counts the text as typed, as the
 * server does.
 *
 * @example
 * smsCounter('See you at 9').line; // '12 characters · GSM-7 · 1 segment'
 * smsCounter('Thanks 🙂').note; // 'UCS-2 because of “🙂”: 70 characters a segment instead of 160'
 */
export function smsCounter(text: string, values?: Readonly<Record<string, string>>): SmsCounter {
  const sample = values !== undefined && templateVariables(text).length > 0;
  const sent = sample ? renderTemplate(text, values) : text;
  const length = smsLength(sent);
  const chars = [...sent].length;
  const line = [
    `${plural(chars, 'character')}${sample ? ' with sample values' : ''}`,
    length.encoding,
    plural(length.segments, 'segment'),
  ].join(' · ');
  const typed = [...text].length;
  if (typed > SMS_MAX_CHARS) {
    return {
      line,
      level: 'error',
      note: `Too long: ${plural(typed, 'character')}; a text may have at most ${SMS_MAX_CHARS.toLocaleString('en-US')} (Twilio refuses longer ones)`,
    };
  }
  if (chars > SOFT_LIMIT_CHARS) {
    return {
      line,
      level: 'warn',
      note: `Over ${SOFT_LIMIT_CHARS} characters: carriers may split it into many parts, or drop it`,
    };
  }
  const odd = length.encoding === 'UCS-2' ? firstNonGsm(sent) : undefined;
  return {
    line,
    level: 'ok',
    note: odd ? `UCS-2 because of “${odd}”: 70 characters a segment instead of 160` : null,
  };
}
