import { AUTO_REPLY_TEMPLATES, type AutoReplyRule, ruleFromTemplate } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { periodsOf, ruleSummary, sampleValues, variantPreviews } from './rule-summary.js';

const texts = (
  inHours: string | null,
  afterHours: string | null,
  weekend = null,
  holiday = null,
) => ({
  inHours,
  afterHours,
  weekend,
  holiday,
});
const template = (id: string) => {
  const found = AUTO_REPLY_TEMPLATES.find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return ruleFromTemplate(found, `r-${id}`);
};

describe('a rule row', () => {
  it('says when the rule answers, from the texts it has', () => {
    expect(periodsOf(texts('a', 'b'))).toBe('during and after hours');
    expect(periodsOf(texts('a', null))).toBe('during hours');
    expect(periodsOf(texts(null, 'b'))).toBe('after hours');
    expect(periodsOf(texts('  ', null))).toBe('never: no text yet');
    expect(periodsOf({ ...texts(null, null), weekend: 'w' })).toBe('on weekends');
    expect(periodsOf({ ...texts(null, null), weekend: 'w', holiday: 'h' })).toBe(
      'on weekends and holidays',
    );
    expect(periodsOf({ ...texts('a', null), holiday: 'h' })).toBe('during hours and on holidays');
    // With an after-hours text, weekend and holiday texts only replace it.
    expect(periodsOf({ ...texts(null, 'b'), weekend: 'w' })).toBe('after hours');
  });

  it('summarises each template of the catalogue', () => {
    expect(ruleSummary(template('missed-call'))).toBe('Missed calls · during and after hours');
    expect(ruleSummary(template('voicemail'))).toBe('Voicemails · during and after hours');
    expect(ruleSummary(template('after-hours'))).toBe('Incoming texts · after hours');
    expect(ruleSummary(template('weekend'))).toBe('Incoming texts · on weekends');
    expect(ruleSummary(template('holiday'))).toBe('Missed calls · on holidays');
  });

  it('adds first-text-only (texts alone) and the delay', () => {
    const rule: AutoReplyRule = {
      ...template('after-hours'),
      firstMessageOnly: true,
      delayMinutes: 5,
    };
    expect(ruleSummary(rule)).toBe('Incoming texts · after hours · first text only · after 5 min');
    // First-message-only means nothing for calls.
    expect(ruleSummary({ ...template('missed-call'), firstMessageOnly: true })).toBe(
      'Missed calls · during and after hours',
    );
  });

  it('previews each text with sample values and the number’s own name', () => {
    const values = sampleValues({ number: '+14155550100', businessName: 'Acme Plumbing' });
    expect(values['business.name']).toBe('Acme Plumbing');
    expect(values['contact.name']).toBe('Alex');
    expect(variantPreviews(template('missed-call').texts, values)).toEqual([
      {
        variant: 'in-hours',
        label: 'In hours',
        text: 'Hi Alex, sorry we missed your call at Acme Plumbing. We will call you back shortly.',
      },
      {
        variant: 'after-hours',
        label: 'After hours',
        text: 'Thanks for calling Acme Plumbing. We are closed now and open again Monday at 09:00; we will call you back then.',
      },
    ]);
    expect(variantPreviews(template('holiday').texts, values).map((p) => p.label)).toEqual([
      'Holiday',
    ]);
  });
});
