import { normalisePhoneInput, phoneCountryOf } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { checkSendText } from '../auto-replies/SendTextForm.js';
import { checkMemberDraft } from './member-form.js';
import { checkNumberDraft, numberBody } from './NumberForm.js';

describe('a phone number as people type it', () => {
  it('becomes E.164 from the US national format, with or without punctuation', () => {
    for (const typed of [
      '(415) 555-0101',
      '415-555-0101',
      ' 415.555.0101 ',
      '4155550101',
      '1 415 555 0101',
    ])
      expect(normalisePhoneInput(typed)).toBe('+14155550101');
    expect(normalisePhoneInput('+44 20 7946 0958')).toBe('+442079460958');
  });

  it('reads a national number with the country it is given', () => {
    expect(normalisePhoneInput('020 7946 0958', 'GB')).toBe('+442079460958');
    expect(normalisePhoneInput('020 7946 0958')).toBe('020 7946 0958');
  });

  it('reads the country from the viewer’s languages, the US when none names one', () => {
    expect(phoneCountryOf(['en-GB', 'en-US'])).toBe('GB');
    expect(phoneCountryOf(['de'])).toBe('DE');
    expect(phoneCountryOf(['en'])).toBe('US');
    expect(phoneCountryOf(['not a tag!', 'fr-CA'])).toBe('CA');
    expect(phoneCountryOf([])).toBe('US');
  });

  it('leaves SIP and client addresses, words and impossible numbers as typed (trimmed)', () => {
    expect(normalisePhoneInput(' sip:Alice@example.com ')).toBe('sip:Alice@example.com');
    expect(normalisePhoneInput('client:alice')).toBe('client:alice');
    expect(normalisePhoneInput('1-800-FLOWERS')).toBe('1-800-FLOWERS');
    expect(normalisePhoneInput('555-01')).toBe('555-01');
    expect(normalisePhoneInput('415 555 0101 ext 5')).toBe('415 555 0101 ext 5');
    expect(normalisePhoneInput('')).toBe('');
  });
});

describe('forms that take a phone number', () => {
  it("sends a member's typed numbers in E.164 and refuses the same address twice", () => {
    expect(checkMemberDraft({ name: 'Dana', addresses: ['(415) 555-0101', 'sip:d@x.io'] })).toEqual(
      {
        body: { name: 'Dana', addresses: ['+14155550101', 'sip:d@x.io'] },
        errors: {},
      },
    );
    expect(
      checkMemberDraft({ name: 'Dana', addresses: ['+14155550101', '', '415-555-0101'] }).errors,
    ).toEqual({ 'addresses.2': '+14155550101 is already address 1' });
  });

  it('accepts a US number in the number form and the send-a-text form', () => {
    const draft = {
      number: '(415) 555-0100',
      name: 'Main',
      flowId: '',
      scheduleId: '',
      businessName: '',
    };
    expect(checkNumberDraft(draft)).toEqual({});
    expect(numberBody(draft).number).toBe('+14155550100');
    expect(checkNumberDraft({ ...draft, number: '555-0100' }).number).toContain('+14155550100');
    expect(checkSendText({ numberId: 'n1', to: '415-555-0123', body: 'Hi' })).toEqual({});
    expect(checkSendText({ numberId: 'n1', to: '555', body: 'Hi' }).to).toBeDefined();
  });
});
