import { describe, expect, it } from 'vitest';
import { dndActive, dndLine, minutesUntil } from './dnd.js';
import { checkMemberDraft } from './member-form.js';

const now = new Date(2026, 10, 23, 13, 30);

describe('do not disturb', () => {
  it('says until when, with the day only when it is not today', () => {
    expect(dndLine(new Date(2026, 10, 23, 14, 30).toISOString(), now, 'en-GB')).toBe(
      'Do not disturb until 14:30',
    );
    expect(dndLine(new Date(2026, 10, 24, 9, 0).toISOString(), now, 'en-GB')).toBe(
      'Do not disturb until Tue 24 Nov 09:00',
    );
  });

  it('is off when cleared or already over', () => {
    expect(dndLine(null, now)).toBeNull();
    expect(dndActive(new Date(2026, 10, 23, 13, 0).toISOString(), now)).toBe(false);
  });

  it('turns a custom end into minutes from now, refusing the past and more than 30 days', () => {
    expect(minutesUntil('2026-11-23T15:00', now)).toEqual({ minutes: 90 });
    expect(minutesUntil('2026-11-23T13:00', now)).toEqual({ error: 'Choose a time in the future' });
    expect(minutesUntil('2027-01-23T13:00', now)).toEqual({ error: 'At most 30 days' });
    expect(minutesUntil('', now)).toEqual({ error: 'Choose a date and time' });
  });
});

describe('a member before it is sent', () => {
  it('drops empty rows and keeps numbers, SIP and client addresses', () => {
    const { body, errors } = checkMemberDraft({
      name: ' Dana ',
      addresses: ['+14155550104', '', 'sip:dana@example.com', 'client:dana'],
    });
    expect(errors).toEqual({});
    expect(body).toEqual({
      name: 'Dana',
      addresses: ['+14155550104', 'sip:dana@example.com', 'client:dana'],
    });
  });

  it('names the bad row and the missing name by the server paths', () => {
    const { errors } = checkMemberDraft({ name: '', addresses: ['+1415', 'sip:x@y'] });
    expect(Object.keys(errors)).toEqual(['name', 'addresses.0']);
    expect(checkMemberDraft({ name: 'A', addresses: [''] }).errors).toEqual({
      addresses: 'Give at least one number or address',
    });
  });
});
