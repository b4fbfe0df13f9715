import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { fieldErrorsOf } from '../ui/field-errors.js';
import {
  authorOf,
  decisionBadge,
  decisionSentence,
  deliveryStatus,
  messageStatusLabel,
  withoutSegments,
} from './decision-format.js';
import { messagesQuery } from './messages-query.js';

const at = (iso: string) => iso.slice(11, 16);

describe('a text the server cannot send yet', () => {
  const scheduled = { status: 'scheduled', error: null, sentAt: null } as const;

  it('says it waits for Twilio, not when it is scheduled, while Twilio is not set up', () => {
    expect(deliveryStatus(scheduled, '2026-11-28T22:05:00Z', at, false)).toMatchObject({
      label: 'Waiting: Twilio is not set up',
      badge: 'warn',
    });
    expect(deliveryStatus(scheduled, '2026-11-28T22:05:00Z', at, true)?.label).toBe(
      'Scheduled for 22:05',
    );
    expect(messageStatusLabel('scheduled', false)).toBe('waiting: Twilio is not set up');
    expect(messageStatusLabel('scheduled', true)).toBe('scheduled');
  });

  it('is called "Sent" only once Twilio took it', () => {
    expect(decisionBadge({ action: 'send', delivery: scheduled })).toEqual({
      label: 'Will send',
      badge: 'warn',
    });
    expect(
      decisionBadge({ action: 'send', delivery: { status: 'sent', error: null, sentAt: 'x' } }),
    ).toEqual({ label: 'Sent', badge: 'ok' });
    expect(
      decisionBadge({ action: 'send', delivery: { status: 'failed', error: 'e', sentAt: null } })
        .label,
    ).toBe('Not sent');
    expect(decisionBadge({ action: 'skip', delivery: null }).label).toBe('Skipped');
  });
});

describe('a decision in the log', () => {
  it('drops the word the badge already says', () => {
    expect(
      decisionSentence({
        detail: 'Skipped: an auto-reply went to this contact 42 min ago (cooldown 3 h)',
      }),
    ).toBe('An auto-reply went to this contact 42 min ago (cooldown 3 h)');
    expect(
      decisionSentence({
        detail: 'Send in 5 min: Weekdays is closed: after-hours text (1 SMS segment, GSM-7)',
      }),
    ).toBe('Weekdays is closed: after-hours text (1 SMS segment, GSM-7)');
    expect(decisionSentence({ detail: 'Send now: No schedule: in-hours text at all times' })).toBe(
      'No schedule: in-hours text at all times',
    );
  });

  it('leaves out the segment count where the view shows it', () => {
    expect(withoutSegments('Weekdays is closed: after-hours text (2 SMS segments, UCS-2)')).toBe(
      'Weekdays is closed: after-hours text',
    );
    expect(withoutSegments('An auto-reply went 3 min ago (cooldown 3 h)')).toBe(
      'An auto-reply went 3 min ago (cooldown 3 h)',
    );
  });

  it('says what became of the text', () => {
    expect(deliveryStatus(null, null)).toBeNull();
    expect(
      deliveryStatus(
        { status: 'scheduled', error: null, sentAt: null },
        '2026-11-28T22:05:00Z',
        at,
      ),
    ).toEqual({ label: 'Scheduled for 22:05', badge: 'warn', detail: null });
    expect(
      deliveryStatus({ status: 'sent', error: null, sentAt: '2026-11-28T22:00:03Z' }, null, at),
    ).toEqual({ label: 'Sent 22:00', badge: 'ok', detail: null });
    expect(
      deliveryStatus(
        {
          status: 'failed',
          error: '21610: Attempt to send to unsubscribed recipient',
          sentAt: null,
        },
        null,
      ),
    ).toEqual({
      label: 'Failed',
      badge: 'bad',
      detail: '21610: Attempt to send to unsubscribed recipient',
    });
    expect(
      deliveryStatus(
        { status: 'cancelled', error: 'Cancelled: the team replied', sentAt: null },
        null,
      )?.label,
    ).toBe('Cancelled');
  });

  it('names who wrote a message', () => {
    expect(authorOf({ author: 'auto-reply', direction: 'out' })).toBe('Auto-reply');
    expect(authorOf({ author: 'team', direction: 'out' })).toBe('Team');
    expect(authorOf({ author: 'contact', direction: 'in' })).toBe('Contact');
  });
});

describe('the message log', () => {
  it('asks for the filtered messages', () => {
    expect(messagesQuery({ numberId: '', contact: '' })).toBe('/messages?limit=50');
    expect(messagesQuery({ numberId: 'n1', contact: ' +14155550123 ' })).toBe(
      '/messages?limit=50&numberId=n1&contact=%2B14155550123',
    );
  });
});

describe('field errors of a 400', () => {
  it('reads a `fields` list and a single `field`', () => {
    const list = new ApiError(400, 'x', 'invalid_request', [
      { path: 'rules.0.texts.inHours', message: 'Too long' },
    ]);
    expect(fieldErrorsOf(list)).toEqual({ 'rules.0.texts.inHours': 'Too long' });
    const single = new ApiError(400, 'Unknown variable', 'invalid_request', [], {
      error: { code: 'invalid_request', message: 'Unknown variable', field: 'rules.0.name' },
    });
    expect(fieldErrorsOf(single)).toEqual({ 'rules.0.name': 'Unknown variable' });
  });
});
