import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMS_MAX_CHARS } from '../src/nodes/auto-reply/definition.js';
import {
  GSM7_BASIC_CHARS,
  GSM7_EXTENSION_CHARS,
  isOverSmsLimit,
  smsLength,
} from '../src/sms/segments.js';

const a = (n: number) => 'a'.repeat(n);
/** A BMP character outside GSM-7: one UTF-16 unit. */
const zh = (n: number) => 'ж'.repeat(n);

describe('GSM-7 character set', () => {
  it('has the 127 basic characters of GSM 03.38 (all but the escape) and 10 extensions', () => {
    expect(new Set(GSM7_BASIC_CHARS).size).toBe(127);
    expect([...GSM7_BASIC_CHARS]).toHaveLength(127);
    expect(new Set(GSM7_EXTENSION_CHARS).size).toBe(10);
    for (const char of GSM7_EXTENSION_CHARS) expect(GSM7_BASIC_CHARS).not.toContain(char);
  });

  it('uses the Greek capitals, not look-alikes', () => {
    const greek = [...GSM7_BASIC_CHARS].filter((c) => c >= '\u0370' && c <= '\u03FF');
    expect(greek.join('')).toBe('ΔΦΓΛΩΠΨΣΘΞ');
    expect(greek.map((c) => c.codePointAt(0))).toEqual([
      0x394, 0x3a6, 0x393, 0x39b, 0x3a9, 0x3a0, 0x3a8, 0x3a3, 0x398, 0x39e,
    ]);
  });

  it.each([
    { name: 'table row 0x00', text: '@£$¥èéùìòÇ\nØø\rÅå' },
    { name: 'table row 0x10', text: 'Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ' },
    { name: 'punctuation and digits', text: ' !"#¤%&\'()*+,-./0123456789:;<=>?' },
    { name: 'capitals', text: '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§' },
    { name: 'small letters', text: '¿abcdefghijklmnopqrstuvwxyzäöñüà' },
  ])('$name cost one unit each', ({ text }) => {
    expect(smsLength(text)).toMatchObject({ encoding: 'GSM-7', units: [...text].length });
  });

  it.each([...GSM7_EXTENSION_CHARS])('extension %j costs two units', (char) => {
    expect(smsLength(char)).toMatchObject({ encoding: 'GSM-7', units: 2, segments: 1 });
  });

  it.each([
    { name: 'small c cedilla (only the capital is GSM-7)', char: 'ç' },
    { name: 'a acute', char: 'á' },
    { name: 'curly apostrophe', char: '’' },
    { name: 'curly quote', char: '“' },
    { name: 'backtick', char: '`' },
    { name: 'tab', char: '\t' },
    { name: 'ohm sign (looks like Ω)', char: '\u2126' },
    { name: 'small Greek delta', char: 'δ' },
    { name: 'dollar look-alike ₤', char: '₤' },
    { name: 'emoji', char: '🙂' },
  ])('$name makes the text UCS-2', ({ char }) => {
    expect(smsLength(`Hello ${char}`).encoding).toBe('UCS-2');
  });
});

describe('smsLength', () => {
  it.each([
    { name: 'empty', text: '', want: ['GSM-7', 0, 0, 160, 160] },
    { name: 'one character', text: 'a', want: ['GSM-7', 1, 1, 160, 159] },
    { name: '160 GSM-7 fits one segment', text: a(160), want: ['GSM-7', 160, 1, 160, 0] },
    { name: '161 GSM-7 needs two', text: a(161), want: ['GSM-7', 161, 2, 153, 145] },
    { name: '306 GSM-7 fills two', text: a(306), want: ['GSM-7', 306, 2, 153, 0] },
    { name: '307 GSM-7 needs three', text: a(307), want: ['GSM-7', 307, 3, 153, 152] },
    { name: '€ costs 2', text: 'Only 5€', want: ['GSM-7', 8, 1, 160, 152] },
    { name: '80 € fill one segment', text: '€'.repeat(80), want: ['GSM-7', 160, 1, 160, 0] },
    {
      name: '80 € and one more: 76 € fill 152 units, the 77th moves on',
      text: `${'€'.repeat(80)}a`,
      want: ['GSM-7', 161, 2, 153, 144],
    },
    { name: '159 + € is 161 units', text: `${a(159)}€`, want: ['GSM-7', 161, 2, 153, 145] },
    {
      name: '€ ending the first segment exactly',
      text: `${a(151)}€${a(153)}`,
      want: ['GSM-7', 306, 2, 153, 0],
    },
    {
      name: '€ straddling 153 moves wholly to the next segment',
      text: `${a(152)}€${a(152)}`,
      want: ['GSM-7', 306, 3, 153, 152],
    },
    { name: '70 UCS-2 fits one segment', text: zh(70), want: ['UCS-2', 70, 1, 70, 0] },
    { name: '71 UCS-2 needs two', text: zh(71), want: ['UCS-2', 71, 2, 67, 63] },
    { name: 'UCS-2 makes € cost 1', text: `ж€`, want: ['UCS-2', 2, 1, 70, 68] },
    { name: 'one emoji', text: '🙂', want: ['UCS-2', 2, 1, 70, 68] },
    { name: '35 emoji fit one segment', text: '🙂'.repeat(35), want: ['UCS-2', 70, 1, 70, 0] },
    {
      name: 'emoji ending the first segment exactly',
      text: `${zh(65)}🙂${zh(65)}`,
      want: ['UCS-2', 132, 2, 67, 2],
    },
    {
      name: 'emoji straddling 67/68 moves wholly to the next segment',
      text: `${zh(66)}🙂${zh(66)}`,
      want: ['UCS-2', 134, 3, 67, 66],
    },
    {
      name: 'GSM letters in a UCS-2 text cost 1',
      text: `${a(70)}ж`,
      want: ['UCS-2', 71, 2, 67, 63],
    },
  ] as const)('$name', ({ text, want: [encoding, units, segments, perSegment, remaining] }) => {
    expect(smsLength(text)).toEqual({
      encoding,
      units,
      segments,
      perSegment,
      remainingInSegment: remaining,
    });
  });
});

describe('smsLength properties', () => {
  const basic = fc.constantFrom(...GSM7_BASIC_CHARS);
  const nonGsm = fc
    .string({ unit: 'binary', minLength: 1, maxLength: 1 })
    .filter((c) => !GSM7_BASIC_CHARS.includes(c) && !GSM7_EXTENSION_CHARS.includes(c));

  it('counts basic GSM-7 text of n characters as 1 segment up to 160, else ceil(n / 153)', () => {
    fc.assert(
      fc.property(fc.string({ unit: basic, minLength: 1, maxLength: 1200 }), (text) => {
        const n = text.length;
        expect(smsLength(text)).toMatchObject({
          encoding: 'GSM-7',
          units: n,
          segments: n <= 160 ? 1 : Math.ceil(n / 153),
        });
      }),
    );
  });

  it('counts BMP-only UCS-2 text of n units as 1 segment up to 70, else ceil(n / 67)', () => {
    fc.assert(
      fc.property(fc.string({ unit: basic, maxLength: 500 }), fc.nat(500), (text, extra) => {
        const ucs = `${text}${zh(1 + (extra % 200))}`;
        const n = ucs.length;
        expect(smsLength(ucs)).toMatchObject({
          encoding: 'UCS-2',
          units: n,
          segments: n <= 70 ? 1 : Math.ceil(n / 67),
        });
      }),
    );
  });

  it('makes any GSM-7 text UCS-2 with a single other character anywhere', () => {
    const gsm = fc.string({ unit: fc.constantFrom(...GSM7_BASIC_CHARS, ...GSM7_EXTENSION_CHARS) });
    fc.assert(
      fc.property(gsm, nonGsm, fc.nat(), (text, char, at) => {
        const chars = [...text];
        chars.splice(at % (chars.length + 1), 0, char);
        const result = smsLength(chars.join(''));
        expect(result.encoding).toBe('UCS-2');
        expect(result.units).toBe(chars.join('').length);
      }),
    );
  });

  it('is consistent for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 800 }), (text) => {
        const { units, segments, perSegment, remainingInSegment } = smsLength(text);
        expect(segments === 0).toBe(text === '');
        expect(segments).toBeGreaterThanOrEqual(Math.ceil(units / perSegment));
        expect(remainingInSegment).toBeGreaterThanOrEqual(0);
        expect(remainingInSegment).toBeLessThanOrEqual(perSegment);
        // Whole characters only move forward, so at most one unit is lost per segment break.
        expect(segments).toBeLessThanOrEqual(Math.max(1, Math.ceil(units / (perSegment - 1))));
      }),
    );
  });
});

describe('isOverSmsLimit', () => {
  it.each([
    { name: 'empty', text: '', over: false },
    { name: 'exactly the limit', text: a(SMS_MAX_CHARS), over: false },
    { name: 'one over', text: a(SMS_MAX_CHARS + 1), over: true },
    { name: 'emoji count once each', text: '🙂'.repeat(SMS_MAX_CHARS), over: false },
    { name: 'one emoji over', text: '🙂'.repeat(SMS_MAX_CHARS + 1), over: true },
    { name: '€ counts once', text: '€'.repeat(SMS_MAX_CHARS), over: false },
  ])('$name: $over', ({ text, over }) => {
    expect(isOverSmsLimit(text)).toBe(over);
  });

  it('uses the auto-reply limit of 1,600 characters', () => {
    expect(SMS_MAX_CHARS).toBe(1600);
  });
});
