/**
 * @module
 * Renders a text template with a flat record of values. Nothing is
 * evaluated: a variable is one own key of `values`, never a property path.
 */

import { parseTemplate } from './parse.js';

/**
 * Fills in a template's variables. A missing or empty value gives the
 * variable's fallback, or nothing. Never throws: a broken tag is output as
 * written, so a caller always gets a text to send (check `parseTemplate`'s
 * errors when saving, not when sending).
 *
 * @example
 * renderTemplate('Hi {{ contact.name | "there" }}, thanks for calling {{business.name}}.', {
 *   'business.name': 'Acme',
 * }); // 'Hi there, thanks for calling Acme.'
 * renderTemplate('Write \\{{ for braces', {}); // 'Write {{ for braces'
 */
export function renderTemplate(
  text: string,
  values: Readonly<Record<string, string | undefined>>,
): string {
  let out = '';
  for (const part of parseTemplate(text).parts) {
    if (part.type === 'text') {
      out += part.text;
      continue;
    }
    // Own keys only, so `constructor` or `__proto__` never reach Object.prototype.
    const value = Object.hasOwn(values, part.name) ? values[part.name] : undefined;
    out += typeof value === 'string' && value !== '' ? value : (part.fallback ?? '');
  }
  return out;
}
