/**
 * @module
 * The parser of the text template language:
 * `Hi {{ contact.name | "there" }}, thanks for calling {{business.name}}.`
 *
 * - `{{ name }}`: a variable; spaces or tabs around the name are optional, the
 *   name is dotted lower-case (`[a-z][a-z0-9_]*`, joined by `.`).
 * - `{{ name | "fallback" }}`: used when the value is missing or empty; `\"`
 *   and `\\` are the only escapes inside the double quotes.
 * - `\{{` is a literal `{{`; every other character is literal text.
 *
 * Anything else inside `{{ }}`, and a `{{` without its `}}`, is a syntax
 * error. Offsets count UTF-16 code units, like a string index or a
 * textarea's `selectionStart`.
 */

import { isTemplateVariable } from './variables.js';

export type TemplatePart =
  | { type: 'text'; text: string }
  | {
      type: 'variable';
      name: string;
      fallback?: string;
      /** Offset of the opening `{{`. */
      start: number;
      /** Offset just past the closing `}}`. */
      end: number;
    };

export interface TemplateError {
  message: string;
  offset: number;
}

export interface ParsedTemplate {
  /** Text parts hold the text to output: escapes resolved, broken tags verbatim. */
  parts: TemplatePart[];
  errors: TemplateError[];
}

type VariablePart = Extract<TemplatePart, { type: 'variable' }>;
type TagResult = { ok: true; part: VariablePart } | { ok: false; error: TemplateError };

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isNameChar = (c: string | undefined) =>
  isLower(c) || (c !== undefined && c >= '0' && c <= '9') || c === '_';
const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';

/** Parses the tag whose `{{` is at `start`; never reads past the end of `text`. */
function parseTag(text: string, start: number): TagResult {
  let p = start + 2;
  const fail = (message: string): TagResult => ({ ok: false, error: { message, offset: p } });
  const found = () => {
    const c = text.codePointAt(p);
    return c === undefined ? 'the end of the text' : JSON.stringify(String.fromCodePoint(c));
  };
  const skipSpaces = () => {
    while (isSpace(text[p])) p++;
  };

  skipSpaces();
  const nameStart = p;
  for (;;) {
    if (isUpper(text[p])) return fail(`Variable names are lower-case: found ${found()}`);
    if (!isLower(text[p])) {
      return fail(
        p === nameStart
          ? `Expected a variable name, found ${found()}`
          : `Expected a name after ".", found ${found()}`,
      );
    }
    while (isNameChar(text[p])) p++;
    if (text[p] !== '.') break;
    p++;
  }
  const name = text.slice(nameStart, p);
  if (isUpper(text[p])) return fail(`Variable names are lower-case: found ${found()}`);

  skipSpaces();
  let fallback: string | undefined;
  if (text[p] === '|') {
    p++;
    skipSpaces();
    if (text[p] !== '"')
      return fail(`Expected a double-quoted fallback after "|", found ${found()}`);
    const quote = p;
    p++;
    fallback = '';
    while (text[p] !== '"') {
      if (p >= text.length) {
        p = quote;
        return fail('Unclosed fallback: add the closing "');
      }
      if (text[p] === '\\') {
        p++;
        const escaped = text[p];
        if (escaped !== '"' && escaped !== '\\') {
          p--;
          return fail(`Unknown escape in fallback: only \\" and \\\\ are allowed`);
        }
      }
      fallback += text[p];
      p++;
    }
    p++;
    skipSpaces();
  }

  if (!text.startsWith('}}', p)) {
    return fail(`Expected ${fallback === undefined ? '"|" or ' : ''}"}}", found ${found()}`);
  }
  const end = p + 2;
  return {
    ok: true,
    part:
      fallback === undefined
        ? { type: 'variable', name, start, end }
        : { type: 'variable', name, fallback, start, end },
  };
}

/**
 * Splits a template into literal text and variables, collecting syntax
 * errors instead of throwing. A broken tag, up to the first `}}` after the
 * error (or the end of the text), becomes literal text.
 *
 * @example
 * parseTemplate('Hi {{ contact.name | "there" }}!').parts;
 * // [{ type: 'text', text: 'Hi ' },
 * //  { type: 'variable', name: 'contact.name', fallback: 'there', start: 3, end: 31 },
 * //  { type: 'text', text: '!' }]
 * parseTemplate('Hi {{ Name }}').errors; // [{ message: 'Variable names are lower-case: found "N"', offset: 6 }]
 */
export function parseTemplate(text: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const errors: TemplateError[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open === -1) {
      literal += text.slice(i);
      break;
    }
    if (open > i && text[open - 1] === '\\') {
      literal += `${text.slice(i, open - 1)}{{`;
      i = open + 2;
      continue;
    }
    literal += text.slice(i, open);
    const tag = parseTag(text, open);
    if (tag.ok) {
      if (literal) parts.push({ type: 'text', text: literal });
      literal = '';
      parts.push(tag.part);
      i = tag.part.end;
      continue;
    }
    const close = text.indexOf('}}', tag.error.offset);
    if (close === -1) {
      errors.push({
        message: 'Unclosed "{{": close it with "}}", or write \\{{ for a literal "{{"',
        offset: open,
      });
      literal += text.slice(open);
      break;
    }
    errors.push(tag.error);
    literal += text.slice(open, close + 2);
    i = close + 2;
  }
  if (literal) parts.push({ type: 'text', text: literal });
  return { parts, errors };
}

function variableParts(text: string): VariablePart[] {
  return parseTemplate(text).parts.filter((part): part is VariablePart => part.type === 'variable');
}

/**
 * The distinct variable names a template uses, in order of first use.
 *
 * @example
 * templateVariables('{{business.name}}: {{call.time}} {{business.name}}'); // ['business.name', 'call.time']
 */
export function templateVariables(text: string): string[] {
  return [...new Set(variableParts(text).map((part) => part.name))];
}

/**
 * Every use of a variable that is not in `TEMPLATE_VARIABLES`, with the
 * offsets of its whole `{{ }}` tag, for the editor to underline.
 *
 * @example
 * unknownVariables('Hi {{contact.email}}'); // [{ name: 'contact.email', start: 3, end: 20 }]
 */
export function unknownVariables(text: string): { name: string; start: number; end: number }[] {
  return variableParts(text)
    .filter((part) => !isTemplateVariable(part.name))
    .map(({ name, start, end }) => ({ name, start, end }));
}
