import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../src/template/parse.js';
import { renderTemplate } from '../src/template/render.js';

const values = {
  'contact.name': 'Alex',
  'business.name': 'Acme Plumbing',
  'hours.next_open': 'Monday at 09:00',
  'call.time': '',
};

/** Writes `text` so that it renders to itself. */
const escapeText = (text: string) => text.replaceAll('{{', '\\{{');
/** Writes `text` as a double-quoted fallback. */
const quote = (text: string) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

describe('renderTemplate', () => {
  const cases: { name: string; text: string; values?: Record<string, string>; out: string }[] = [
    {
      name: 'the auto-reply example',
      text: 'Hi {{contact.name}}, thanks for calling {{business.name}}. We open again {{hours.next_open}}.',
      out: 'Hi Alex, thanks for calling Acme Plumbing. We open again Monday at 09:00.',
    },
    { name: 'value wins over fallback', text: '{{ contact.name | "there" }}', out: 'Alex' },
    {
      name: 'missing value uses fallback',
      text: 'Hi {{ contact.number | "there" }}',
      out: 'Hi there',
    },
    { name: 'empty value uses fallback', text: 'At {{call.time|"noon"}}', out: 'At noon' },
    { name: 'missing value without fallback', text: 'Hi {{contact.number}}!', out: 'Hi !' },
    { name: 'empty value without fallback', text: '[{{call.time}}]', out: '[]' },
    { name: 'unknown variable renders empty', text: '[{{contact.email}}]', out: '[]' },
    { name: 'unknown variable uses fallback', text: '{{contact.email | "-"}}', out: '-' },
    {
      name: 'escapes in a fallback',
      text: String.raw`{{x | "say \"hi\" \\o/"}}`,
      out: 'say "hi" \\o/',
    },
    {
      name: 'escaped braces',
      text: String.raw`\{{contact.name}} is {{contact.name}}`,
      out: '{{contact.name}} is Alex',
    },
    {
      name: 'broken tag renders literally',
      text: 'Hi {{ Contact.name }}!',
      out: 'Hi {{ Contact.name }}!',
    },
    {
      name: 'unclosed tag renders literally',
      text: '{{business.name}}: {{contact.name',
      out: 'Acme Plumbing: {{contact.name',
    },
    {
      name: 'rest after a broken tag still renders',
      text: '{{a | x}} {{contact.name}}',
      out: '{{a | x}} Alex',
    },
    {
      name: 'values are not re-parsed',
      text: '{{contact.name}}',
      values: { 'contact.name': '{{business.name}}' },
      out: '{{business.name}}',
    },
  ];
  it.each(cases)('$name', ({ text, out, ...rest }) => {
    expect(renderTemplate(text, rest.values ?? values)).toBe(out);
  });
});

describe('renderTemplate never reaches Object.prototype', () => {
  it.each([
    { text: '{{constructor}}', out: '' },
    { text: '{{constructor | "safe"}}', out: 'safe' },
    { text: '{{to_string}}{{value_of}}{{has_own_property}}', out: '' },
    { text: '{{__proto__}}', out: '{{__proto__}}' },
    { text: '{{constructor.name}}', out: '' },
  ])('$text renders as $out', ({ text, out }) => {
    expect(renderTemplate(text, {})).toBe(out);
    expect(renderTemplate(text, Object.create(null))).toBe(out);
  });

  it('ignores inherited keys even when a prototype carries them', () => {
    const inherited = Object.create({ 'contact.name': 'Mallory' }) as Record<string, string>;
    expect(renderTemplate('{{contact.name | "there"}}', inherited)).toBe('there');
  });

  it('ignores non-string values that slip past the types', () => {
    const weird = { 'contact.name': { toString: () => 'x' } } as unknown as Record<string, string>;
    expect(renderTemplate('{{contact.name | "there"}}', weird)).toBe('there');
  });

  it('uses an own __proto__ key only as a value, never as a name', () => {
    const record = JSON.parse('{"__proto__": "leak"}') as Record<string, string>;
    expect(renderTemplate('{{__proto__}} {{ __proto__ | "x" }}', record)).toBe(
      '{{__proto__}} {{ __proto__ | "x" }}',
    );
  });
});

describe('renderTemplate properties', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom('{', '}', '\\', '"', '|', ' ', 'a', '.', 'A', '_') }),
  );

  it('never throws, whatever the text and values', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.dictionary(fc.string(), fc.option(fc.string(), { nil: undefined })),
        (text, vals) => {
          expect(typeof renderTemplate(text, vals)).toBe('string');
        },
      ),
    );
  });

  it('renders a text without {{ to itself', () => {
    fc.assert(
      fc.property(
        anyText.filter((text) => !text.includes('{{')),
        (text) => {
          expect(renderTemplate(text, values)).toBe(text);
          expect(parseTemplate(text).errors).toEqual([]);
        },
      ),
    );
  });

  it('renders escaped text to the original text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(renderTemplate(escapeText(text), values)).toBe(text);
      }),
    );
  });

  it('renders a generated template like a model of it', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,5}(\.[a-z][a-z0-9_]{0,5}){0,2}$/);
    const segment = fc.oneof(
      fc.record({ kind: fc.constant('text'), text: fc.string({ unit: 'binary' }) }),
      fc.record({
        kind: fc.constant('variable'),
        name,
        fallback: fc.option(fc.string({ unit: 'binary' }), { nil: undefined }),
        space: fc.constantFrom('', ' ', '\t '),
      }),
    );
    const valueFor = fc.dictionary(name, fc.string({ maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(segment), valueFor, (segments, vals) => {
        let template = '';
        let expected = '';
        for (const s of segments) {
          if (s.kind === 'text') {
            // A text ending in `{` or `\` would change the next tag's meaning.
            const text = escapeText(s.text).replace(/[{\\]+$/, '');
            template += text;
            expected += renderTemplate(text, {});
            continue;
          }
          const fallback =
            s.fallback === undefined ? '' : `${s.space}|${s.space}${quote(s.fallback)}`;
          template += `{{${s.space}${s.name}${fallback}${s.space}}}`;
          expected += vals[s.name] || s.fallback || '';
        }
        expect(parseTemplate(template).errors).toEqual([]);
        expect(renderTemplate(template, vals)).toBe(expected);
      }),
    );
  });
});
