import { AUTO_REPLY_TEMPLATES } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { checkGuardsDraft, guardsDraftOf, guardsOf } from './guards-form.js';
import {
  blankDraft,
  checkRuleDraft,
  draftFromTemplate,
  draftOf,
  ruleFieldErrors,
  ruleOf,
} from './rule-form.js';

const [missedCall] = AUTO_REPLY_TEMPLATES;

describe('the auto-reply editor', () => {
  it('starts from a template with a fresh id, and gives back the same rule', () => {
    const draft = draftFromTemplate(missedCall);
    expect(draft.id).toMatch(/^missed-call-[0-9a-f]{8}$/);
    expect(draft.texts.weekend).toBe('');
    const rule = ruleOf(draft);
    expect(rule).toMatchObject({ name: 'Missed call', trigger: 'missed-call', active: true });
    expect(rule.texts.weekend).toBeNull();
    expect(draftOf(rule)).toEqual(draft);
  });

  it('saves a blank or whitespace text as "send nothing" and first-only for texts alone', () => {
    const draft = {
      ...blankDraft('r1'),
      name: ' Calls ',
      texts: { inHours: '  ', afterHours: 'Closed', weekend: '', holiday: '' },
      firstMessageOnly: true,
      delayMinutes: '5',
    };
    expect(ruleOf(draft)).toEqual({
      id: 'r1',
      name: 'Calls',
      trigger: 'missed-call',
      active: true,
      texts: { inHours: null, afterHours: 'Closed', weekend: null, holiday: null },
      firstMessageOnly: false,
      delayMinutes: 5,
    });
    expect(ruleOf({ ...draft, trigger: 'incoming-text' }).firstMessageOnly).toBe(true);
  });

  it('refuses a missing name, a text over 1,600 characters, broken tags and a bad delay', () => {
    const draft = {
      ...blankDraft('r1'),
      texts: {
        inHours: 'a'.repeat(1601),
        afterHours: 'Hi {{ Name }}',
        weekend: 'Hi {{contact.email}}',
        holiday: 'fine',
      },
      delayMinutes: '2.5',
    };
    expect(checkRuleDraft(draft)).toEqual({
      name: 'Give the auto-reply a name',
      'texts.inHours': 'Too long: a text may have at most 1,600 characters',
      'texts.afterHours': 'Variable names are lower-case: found "N"',
      'texts.weekend': 'There is no variable {{contact.email}}; insert one from the list',
      delayMinutes: 'Use a whole number of minutes from 0 to 1440 (a day)',
    });
    expect(checkRuleDraft(draftFromTemplate(missedCall))).toEqual({});
  });

  it("keeps the server's errors of the rule being saved, keyed inside it", () => {
    const errors = {
      'rules.1.texts.inHours': 'Too long',
      'rules.10.name': 'Not this one',
      'guards.cooldownMinutes': 'Nor this',
    };
    expect(ruleFieldErrors(errors, 1)).toEqual({ 'texts.inHours': 'Too long' });
  });
});

describe('the guards form', () => {
  const guards = {
    cooldownMinutes: 180,
    conversationMinutes: 180,
    ignoreAutomated: true,
    burstMessages: 5,
    burstMinutes: 10,
  };

  it('edits the numbers as text and gives them back as numbers', () => {
    const draft = guardsDraftOf(guards);
    expect(draft.cooldownMinutes).toBe('180');
    expect(guardsOf({ ...draft, cooldownMinutes: '60' })).toEqual({
      ...guards,
      cooldownMinutes: 60,
    });
  });

  it('checks each number against the bounds the server applies', () => {
    const draft = guardsDraftOf(guards);
    expect(checkGuardsDraft(draft)).toEqual({});
    expect(
      checkGuardsDraft({ ...draft, cooldownMinutes: '-1', burstMessages: '1', burstMinutes: '' }),
    ).toEqual({
      'guards.cooldownMinutes': 'Use a whole number from 0 to 10080 minutes',
      'guards.burstMessages': 'Use a whole number from 2 to 100 texts',
      'guards.burstMinutes': 'Use a whole number from 1 to 1440 minutes',
    });
  });
});
