import { describe, expect, it } from 'vitest';
import {
  AutoReplyGuardsSchema,
  AutoReplyRuleSchema,
  AutoReplySettingsSchema,
  AutoReplyTextsSchema,
  defaultAutoReplySettings,
} from '../src/index.js';

const rule = (extra: object = {}) => ({
  id: 'r1',
  name: 'Missed call',
  trigger: 'missed-call',
  texts: { inHours: 'Sorry we missed you' },
  ...extra,
});

/** The messages of a failed parse, or [] when it succeeds. */
function problems(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

describe('auto-reply settings', () => {
  it('defaults to no rules and the guards users expect', () => {
    expect(defaultAutoReplySettings()).toEqual({
      rules: [],
      guards: {
        cooldownMinutes: 180,
        conversationMinutes: 180,
        ignoreAutomated: true,
        burstMessages: 5,
        burstMinutes: 10,
      },
    });
  });

  it('fills a rule in: active, every message, no delay, missing texts null', () => {
    expect(AutoReplyRuleSchema.parse(rule())).toEqual({
      id: 'r1',
      name: 'Missed call',
      trigger: 'missed-call',
      active: true,
      texts: { inHours: 'Sorry we missed you', afterHours: null, weekend: null, holiday: null },
      firstMessageOnly: false,
      delayMinutes: 0,
    });
  });

  it('counts the 1600-character limit in characters, an emoji being one', () => {
    expect(AutoReplyTextsSchema.safeParse({ holiday: '🎄'.repeat(1600) }).success).toBe(true);
    expect(problems(AutoReplyTextsSchema.safeParse({ weekend: 'a'.repeat(1601) }))).toEqual([
      'A text may have at most 1600 characters: Twilio refuses longer messages',
    ]);
  });

  const badRules: [string, object][] = [
    ['an empty id', { id: '' }],
    ['a 65-character id', { id: 'x'.repeat(65) }],
    ['an empty name', { name: '' }],
    ['a 121-character name', { name: 'n'.repeat(121) }],
    ['an unknown trigger', { trigger: 'call-ended' }],
    ['a negative delay', { delayMinutes: -1 }],
    ['a delay over a day', { delayMinutes: 1441 }],
    ['a fractional delay', { delayMinutes: 1.5 }],
    ['no texts', { texts: undefined }],
    ['an unknown key', { priority: 1 }],
    ['an unknown text', { texts: { evening: 'Hi' } }],
  ];
  it.each(badRules)('refuses a rule with %s', (_, extra) => {
    expect(AutoReplyRuleSchema.safeParse(rule(extra)).success).toBe(false);
  });

  const guardBounds: [string, number, number][] = [
    ['cooldownMinutes', 0, 10080],
    ['conversationMinutes', 0, 10080],
    ['burstMessages', 2, 100],
    ['burstMinutes', 1, 1440],
  ];
  it.each(guardBounds)('keeps %s between %i and %i', (key, min, max) => {
    const parse = (value: number) => AutoReplyGuardsSchema.safeParse({ [key]: value }).success;
    expect([parse(min - 1), parse(min), parse(max), parse(max + 1)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('allows 50 rules, not 51, and no two with one id', () => {
    const rules = (n: number) => Array.from({ length: n }, (_, i) => rule({ id: `r${i}` }));
    expect(AutoReplySettingsSchema.safeParse({ rules: rules(50) }).success).toBe(true);
    expect(AutoReplySettingsSchema.safeParse({ rules: rules(51) }).success).toBe(false);
    const twins = AutoReplySettingsSchema.safeParse({ rules: [rule(), rule()] });
    expect(twins.error?.issues).toMatchObject([
      { path: ['rules', 1, 'id'], message: 'Two rules have the id "r1"; each rule needs its own' },
    ]);
  });

  it('keeps guards given in part, defaulting the rest', () => {
    const settings = AutoReplySettingsSchema.parse({ guards: { cooldownMinutes: 0 } });
    expect(settings.guards).toMatchObject({ cooldownMinutes: 0, conversationMinutes: 180 });
  });
});
