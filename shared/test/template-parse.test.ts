import { describe, expect, it } from 'vitest';
import {
  parseTemplate,
  type TemplatePart,
  templateVariables,
  unknownVariables,
} from '../src/template/parse.js';
import { isTemplateVariable, TEMPLATE_VARIABLES } from '../src/template/variables.js';

describe('parseTemplate: valid templates', () => {
  const cases: { name: string; text: string; parts: TemplatePart[] }[] = [
    { name: 'empty text', text: '', parts: [] },
    { name: 'plain text', text: 'Call us back', parts: [{ type: 'text', text: 'Call us back' }] },
    {
      name: 'variable without spaces',
      text: 'Hi {{contact.name}}!',
      parts: [
        { type: 'text', text: 'Hi ' },
        { type: 'variable', name: 'contact.name', start: 3, end: 19 },
        { type: 'text', text: '!' },
      ],
    },
    {
      name: 'spaces and tabs around the name',
      text: '{{  call.time\t}}',
      parts: [{ type: 'variable', name: 'call.time', start: 0, end: 16 }],
    },
    {
      name: 'digits and underscores in a name',
      text: '{{hours.next_open}}{{a1.b_2}}',
      parts: [
        { type: 'variable', name: 'hours.next_open', start: 0, end: 19 },
        { type: 'variable', name: 'a1.b_2', start: 19, end: 29 },
      ],
    },
    {
      name: 'fallback',
      text: 'Hi {{ contact.name | "there" }}',
      parts: [
        { type: 'text', text: 'Hi ' },
        { type: 'variable', name: 'contact.name', fallback: 'there', start: 3, end: 31 },
      ],
    },
    {
      name: 'fallback without spaces',
      text: '{{contact.name|"there"}}',
      parts: [{ type: 'variable', name: 'contact.name', fallback: 'there', start: 0, end: 24 }],
    },
    {
      name: 'empty fallback',
      text: '{{contact.name | ""}}',
      parts: [{ type: 'variable', name: 'contact.name', fallback: '', start: 0, end: 21 }],
    },
    {
      name: 'escaped quote and backslash in a fallback',
      text: String.raw`{{contact.name | "the \"boss\" \\ you"}}`,
      parts: [
        {
          type: 'variable',
          name: 'contact.name',
          fallback: 'the "boss" \\ you',
          start: 0,
          end: 40,
        },
      ],
    },
    {
      name: 'braces inside a fallback',
      text: '{{contact.name | "}} {{"}}',
      parts: [{ type: 'variable', name: 'contact.name', fallback: '}} {{', start: 0, end: 26 }],
    },
    {
      name: 'escaped {{ is literal text',
      text: String.raw`Use \{{contact.name}} to greet`,
      parts: [{ type: 'text', text: 'Use {{contact.name}} to greet' }],
    },
    {
      name: 'escape next to a variable',
      text: String.raw`\{{{{call.date}}`,
      parts: [
        { type: 'text', text: '{{' },
        { type: 'variable', name: 'call.date', start: 3, end: 16 },
      ],
    },
    {
      name: 'other backslashes and lone braces are literal',
      text: String.raw`a\b { } }} \{ {`,
      parts: [{ type: 'text', text: String.raw`a\b { } }} \{ {` }],
    },
    {
      name: 'extra closing brace after a tag is literal',
      text: '{{call.time}}}',
      parts: [
        { type: 'variable', name: 'call.time', start: 0, end: 13 },
        { type: 'text', text: '}' },
      ],
    },
    {
      name: 'offsets count UTF-16 code units',
      text: '🙂 {{call.time}}',
      parts: [
        { type: 'text', text: '🙂 ' },
        { type: 'variable', name: 'call.time', start: 3, end: 16 },
      ],
    },
  ];
  it.each(cases)('$name', ({ text, parts }) => {
    expect(parseTemplate(text)).toEqual({ parts, errors: [] });
  });
});

describe('parseTemplate: syntax errors', () => {
  const cases: { name: string; text: string; message: RegExp; offset: number }[] = [
    {
      name: 'empty tag',
      text: 'Hi {{}}',
      message: /Expected a variable name, found "}"/,
      offset: 5,
    },
    { name: 'blank tag', text: 'Hi {{  }}', message: /Expected a variable name/, offset: 7 },
    {
      name: 'upper-case name',
      text: '{{ Contact.name }}',
      message: /lower-case: found "C"/,
      offset: 3,
    },
    {
      name: 'upper-case segment',
      text: '{{contact.Name}}',
      message: /lower-case: found "N"/,
      offset: 10,
    },
    {
      name: 'camelCase name',
      text: '{{contactName}}',
      message: /lower-case: found "N"/,
      offset: 9,
    },
    {
      name: 'name starting with a digit',
      text: '{{1st}}',
      message: /Expected a variable name/,
      offset: 2,
    },
    {
      name: 'name starting with _',
      text: '{{_x}}',
      message: /Expected a variable name/,
      offset: 2,
    },
    { name: '__proto__', text: '{{__proto__}}', message: /Expected a variable name/, offset: 2 },
    {
      name: 'trailing dot',
      text: '{{contact.}}',
      message: /Expected a name after "."/,
      offset: 10,
    },
    { name: 'double dot', text: '{{contact..name}}', message: /name after "."/, offset: 10 },
    { name: 'leading dot', text: '{{.name}}', message: /Expected a variable name/, offset: 2 },
    {
      name: 'hyphen',
      text: '{{next-open}}',
      message: /Expected "\|" or "}}", found "-"/,
      offset: 6,
    },
    {
      name: 'two names',
      text: '{{ a b }}',
      message: /Expected "\|" or "}}", found "b"/,
      offset: 5,
    },
    { name: 'bracket access', text: '{{a["b"]}}', message: /found "\["/, offset: 3 },
    { name: 'call syntax', text: '{{a.b()}}', message: /found "\("/, offset: 5 },
    {
      name: 'triple braces',
      text: '{{{a}}}',
      message: /Expected a variable name, found "{"/,
      offset: 2,
    },
    {
      name: 'single closing brace',
      text: '{{a} b}}',
      message: /Expected "\|" or "}}", found "}"/,
      offset: 3,
    },
    {
      name: 'fallback without quotes',
      text: '{{a | there}}',
      message: /double-quoted fallback/,
      offset: 6,
    },
    { name: 'single-quoted fallback', text: "{{a | 'x'}}", message: /double-quoted/, offset: 6 },
    { name: 'missing fallback', text: '{{a | }}', message: /double-quoted fallback/, offset: 6 },
    {
      name: 'two fallbacks',
      text: '{{a | "x" | "y"}}',
      message: /Expected "}}", found "\|"/,
      offset: 10,
    },
    {
      name: 'unknown escape',
      text: String.raw`{{a | "x\n"}}`,
      message: /Unknown escape/,
      offset: 8,
    },
    {
      name: 'unclosed fallback',
      text: '{{a | "x }} more',
      message: /Unclosed fallback/,
      offset: 6,
    },
    { name: 'unclosed tag', text: 'Hi {{contact.name', message: /Unclosed "{{"/, offset: 3 },
    { name: 'unclosed after a space', text: 'Hi {{ a ', message: /Unclosed "{{"/, offset: 3 },
    { name: 'unclosed single brace', text: 'Hi {{a}', message: /Unclosed "{{"/, offset: 3 },
    { name: 'unclosed bare', text: '{{', message: /Unclosed "{{"/, offset: 0 },
    { name: 'unclosed broken name', text: 'x {{ Bad', message: /Unclosed "{{"/, offset: 2 },
    { name: 'quote never closed', text: '{{a | "x}}', message: /Unclosed fallback/, offset: 6 },
    { name: 'unclosed after a fallback', text: '{{a | "}}" ', message: /Unclosed "{{"/, offset: 0 },
  ];
  it.each(cases)('$name', ({ text, message, offset }) => {
    const { errors } = parseTemplate(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(message);
    expect(errors[0]?.offset).toBe(offset);
  });

  it('keeps a broken tag as literal text and goes on parsing', () => {
    expect(parseTemplate('{{ Bad }} and {{call.time}}; {{x | y}} end')).toEqual({
      parts: [
        { type: 'text', text: '{{ Bad }} and ' },
        { type: 'variable', name: 'call.time', start: 14, end: 27 },
        { type: 'text', text: '; {{x | y}} end' },
      ],
      errors: [
        { message: 'Variable names are lower-case: found "B"', offset: 3 },
        { message: 'Expected a double-quoted fallback after "|", found "y"', offset: 35 },
      ],
    });
  });

  it('keeps the rest of the text after an unclosed {{ as literal text', () => {
    expect(parseTemplate('{{a}} {{b').parts).toEqual([
      { type: 'variable', name: 'a', start: 0, end: 5 },
      { type: 'text', text: ' {{b' },
    ]);
  });
});

describe('templateVariables', () => {
  it.each([
    { text: '', names: [] },
    { text: 'no variables', names: [] },
    { text: '{{b.x}} {{a.y}} {{b.x | "z"}}', names: ['b.x', 'a.y'] },
    { text: String.raw`\{{escaped}} {{ Broken }} {{ok}}`, names: ['ok'] },
  ])('$text', ({ text, names }) => {
    expect(templateVariables(text)).toEqual(names);
  });
});

describe('unknownVariables', () => {
  it('reports every use of a name outside TEMPLATE_VARIABLES with its tag offsets', () => {
    expect(
      unknownVariables(
        'Hi {{contact.name}} {{contact.email}}, {{ constructor }} {{contact.email}}',
      ),
    ).toEqual([
      { name: 'contact.email', start: 20, end: 37 },
      { name: 'constructor', start: 39, end: 56 },
      { name: 'contact.email', start: 57, end: 74 },
    ]);
  });

  it('accepts every known variable', () => {
    const text = TEMPLATE_VARIABLES.map((v) => `{{ ${v.name} }}`).join(' ');
    expect(unknownVariables(text)).toEqual([]);
    expect(templateVariables(text)).toEqual(TEMPLATE_VARIABLES.map((v) => v.name));
  });
});

describe('TEMPLATE_VARIABLES', () => {
  it('lists the documented variables, each with a valid name, description and example', () => {
    expect(TEMPLATE_VARIABLES.map((v) => v.name)).toEqual([
      'contact.name',
      'contact.number',
      'business.name',
      'business.number',
      'hours.next_open',
      'hours.today',
      'call.time',
      'call.date',
    ]);
    for (const v of TEMPLATE_VARIABLES) {
      expect(parseTemplate(`{{${v.name}}}`).errors).toEqual([]);
      expect(v.description).not.toBe('');
      expect(v.example).not.toBe('');
    }
  });

  it.each([
    { name: 'hours.next_open', known: true },
    { name: 'contact.email', known: false },
    { name: 'constructor', known: false },
    { name: '__proto__', known: false },
    { name: 'toString', known: false },
  ])('isTemplateVariable($name) is $known', ({ name, known }) => {
    expect(isTemplateVariable(name)).toBe(known);
  });
});
