/**
 * @module
 * How many SMS segments a text costs, counted the way carriers split it.
 * A text of GSM-7 characters only goes out in 7-bit units; any other
 * character sends the whole text as UCS-2 (UTF-16 code units).
 */

import { SMS_MAX_CHARS } from '../nodes/auto-reply/definition.js';

/**
 * The GSM 03.38 basic character set, in table order (0x00-0x7F), without
 * 0x1B, the escape to the extension table. Greek capitals are the Greek
 * letters (U+0394...), not look-alikes such as the ohm sign.
 */
export const GSM7_BASIC_CHARS =
  '@£$¥èéùìòÇ\nØø\rÅå' +
  '\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039EÆæßÉ' +
  ' !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§' +
  '¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** The GSM 03.38 extension table: each costs two units (escape + character). */
export const GSM7_EXTENSION_CHARS = '\f^{}\\[~]|€';

const BASIC: ReadonlySet<string> = new Set(GSM7_BASIC_CHARS);
const EXTENSION: ReadonlySet<string> = new Set(GSM7_EXTENSION_CHARS);

export interface SmsLength {
  encoding: 'GSM-7' | 'UCS-2';
  /** GSM-7 septets (extension characters count 2) or UTF-16 code units. */
  units: number;
  /** 0 for an empty text. */
  segments: number;
  /** Units one segment holds: 160/70 for a single segment, 153/67 once split. */
  perSegment: number;
  /** Units still free in the last segment before another one is needed. */
  remainingInSegment: number;
}

/** `units` of each character (code point), in order, or undefined when the text is not GSM-7. */
function gsm7Units(chars: readonly string[]): number[] | undefined {
  const units: number[] = [];
  for (const char of chars) {
    if (BASIC.has(char)) units.push(1);
    else if (EXTENSION.has(char)) units.push(2);
    else return undefined;
  }
  return units;
}

/**
 * Fills segments of `perSegment` units; a character never straddles two
 * segments (neither a GSM escape pair nor a UTF-16 surrogate pair).
 */
function split(units: readonly number[], perSegment: number): { segments: number; last: number } {
  let segments = 1;
  let last = 0;
  for (const size of units) {
    if (last + size > perSegment) {
      segments++;
      last = 0;
    }
    last += size;
  }
  return { segments, last };
}

/**
 * The encoding, units and segments of an SMS body.
 *
 * @example
 * smsLength('See you at 9'); // { encoding: 'GSM-7', units: 12, segments: 1, perSegment: 160, remainingInSegment: 148 }
 * smsLength('Price: 5€').units; // 10: the euro sign is an escape pair
 * smsLength('Thanks 🙂').encoding; // 'UCS-2'
 */
export function smsLength(text: string): SmsLength {
  const chars = [...text];
  const gsm = gsm7Units(chars);
  const encoding = gsm ? 'GSM-7' : 'UCS-2';
  const sizes = gsm ?? chars.map((char) => char.length);
  const units = sizes.reduce((sum, size) => sum + size, 0);
  const single = gsm ? 160 : 70;
  if (units <= single) {
    return {
      encoding,
      units,
      segments: units === 0 ? 0 : 1,
      perSegment: single,
      remainingInSegment: single - units,
    };
  }
  const perSegment = gsm ? 153 : 67;
  const { segments, last } = split(sizes, perSegment);
  return { encoding, units, segments, perSegment, remainingInSegment: perSegment - last };
}

/**
 * Whether Twilio would refuse the body (error 21617): more than
 * `SMS_MAX_CHARS` characters, counted as code points, so an emoji is one.
 *
 * @example
 * isOverSmsLimit('a'.repeat(1600)); // false
 * isOverSmsLimit('a'.repeat(1601)); // true
 */
export function isOverSmsLimit(text: string): boolean {
  return [...text].length > SMS_MAX_CHARS;
}
