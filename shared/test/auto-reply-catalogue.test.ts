import { describe, expect, it } from 'vitest';
import {
  AUTO_REPLY_TEMPLATES,
  AutoReplySettingsSchema,
  parseTemplate,
  renderTemplate,
  ruleFromTemplate,
  TEMPLATE_VARIABLES,
  unknownVariables,
} from '../src/index.js';

/** Every variable at its example value, so a rendered text is as long as a typical one. */
const examples = Object.fromEntries(TEMPLATE_VARIABLES.map((v) => [v.name, v.example]));

/** Longer than the examples: a long business name and a far-off opening. */
const long = {
  ...examples,
  'contact.name': 'Maximilian-Alexander',
  'business.name': 'Northside Plumbing & Heating Services',
  'hours.next_open': 'Wednesday 30 September at 09:00',
};

const texts = AUTO_REPLY_TEMPLATES.flatMap((template) =>
  Object.entries(template.texts).flatMap(([variant, text]) =>
    text === null ? [] : [[`${template.id} ${variant}`, text] as const],
  ),
);

describe('the auto-reply template catalogue', () => {
  it('offers the situations users ask for first', () => {
    expect(AUTO_REPLY_TEMPLATES.map((t) => t.id)).toEqual([
      'missed-call',
      'voicemail',
      'after-hours',
      'weekend',
      'holiday',
      'reply-within-24-hours',
    ]);
    expect(new Set(AUTO_REPLY_TEMPLATES.map((t) => t.name)).size).toBe(AUTO_REPLY_TEMPLATES.length);
  });

  it.each(texts)('%s parses, with known variables only', (_, text) => {
    expect(parseTemplate(text).errors).toEqual([]);
    expect(unknownVariables(text)).toEqual([]);
  });

  it.each(texts)('%s fits 320 characters once rendered', (_, text) => {
    for (const values of [examples, long]) {
      const rendered = renderTemplate(text, values);
      expect(rendered).not.toContain('{{');
      expect([...rendered].length).toBeLessThanOrEqual(320);
    }
  });

  it('makes a valid, active rule of every template', () => {
    const rules = AUTO_REPLY_TEMPLATES.map((template, i) => ruleFromTemplate(template, `r${i}`));
    expect(AutoReplySettingsSchema.parse({ rules }).rules).toEqual(rules);
    for (const rule of rules) {
      expect(rule.active).toBe(true);
      expect(Object.values(rule.texts).some((text) => text !== null)).toBe(true);
    }
  });

  it('reads the weekend promise on Monday, and leaves the week alone', () => {
    const weekend = AUTO_REPLY_TEMPLATES.find((t) => t.id === 'weekend');
    expect(weekend?.texts.weekend).toContain('on Monday');
    expect(weekend?.texts).toMatchObject({ inHours: null, afterHours: null });
  });
});
