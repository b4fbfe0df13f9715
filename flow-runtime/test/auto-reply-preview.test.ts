import { describe, expect, it } from 'vitest';
import { previewAutoReplies } from '../src/index.js';
import { buildFlow, MONDAY_10AM, SATURDAY_10PM, weekdays } from './build-flow.js';

const flow = buildFlow(
  [
    ['in', 'incoming-call'],
    [
      'hours-aware',
      'auto-reply',
      {
        scheduleId: 'weekdays',
        inHoursText:
          'Hi {{contact.name | "there"}}, {{business.name}} will call {{contact.number}} back today.',
        afterHoursText:
          '{{business.name}} is closed; we open {{hours.next_open}}. Today: {{hours.today}}. ({{call.date}} {{call.time}})',
      },
    ],
    [
      'plain',
      'auto-reply',
      { inHoursText: 'Thanks!', afterHoursText: 'Never sent without a schedule' },
    ],
    [
      'lost',
      'auto-reply',
      { scheduleId: 'gone', inHoursText: 'In hours', afterHoursText: 'After hours' },
    ],
  ],
  [['in', 'next', 'hours-aware']],
);
const facts = (at: string) => ({
  at: new Date(at),
  schedules: { weekdays },
  contact: { number: '+14155550123' },
  business: { number: '+14155550100', name: 'Acme' },
});

describe('previewAutoReplies', () => {
  it('renders the in-hours text while the schedule is open', () => {
    const [preview] = previewAutoReplies(flow, ['hours-aware'], facts(MONDAY_10AM));
    expect(preview).toMatchObject({
      nodeId: 'hours-aware',
      variant: 'in-hours',
      text: 'Hi there, Acme will call +14155550123 back today.',
      reason: 'Weekdays is open at the end of the call',
    });
    expect(preview?.length).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });

  it('renders the after-hours text with the next opening in the schedule zone', () => {
    const [preview] = previewAutoReplies(flow, ['hours-aware'], facts(SATURDAY_10PM));
    expect(preview?.variant).toBe('after-hours');
    expect(preview?.text).toBe(
      'Acme is closed; we open Monday at 09:00. Today: closed. (Saturday 28 November 22:00)',
    );
  });

  it('always uses the in-hours text without a schedule, and says why', () => {
    const [plain, lost] = previewAutoReplies(flow, ['plain', 'lost'], facts(SATURDAY_10PM));
    expect(plain).toMatchObject({
      variant: 'in-hours',
      text: 'Thanks!',
      reason: 'No schedule: the in-hours text is always used',
    });
    expect(lost).toMatchObject({
      variant: 'in-hours',
      text: 'In hours',
      reason: 'Schedule gone is unknown: the in-hours text is used',
    });
  });

  it('skips ids that are not auto-reply nodes', () => {
    expect(previewAutoReplies(flow, ['in', 'nope'], facts(MONDAY_10AM))).toEqual([]);
  });
});
