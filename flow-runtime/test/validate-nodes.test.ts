import { describe, expect, it } from 'vitest';
import { validateFlow } from '../src/index.js';
import { flowInput, member, only, say } from './validate-input.js';

/** One node after the entry, so each test sees that node's findings. */
const single = (kind: Parameters<typeof flowInput>[0][number][1], data: Record<string, unknown>) =>
  flowInput(
    [
      ['in', 'incoming-call'],
      ['n', kind, data],
    ],
    [['in', 'next', 'n']],
  );

const errors = (input: unknown) =>
  validateFlow(input).findings.filter((f) => f.severity === 'error');

describe('validateFlow: phone menu', () => {
  it('needs at least one option', () => {
    expect(errors(single('phone-menu', { options: [] }))).toMatchObject([
      { code: 'menu-no-options', nodeId: 'n', path: ['options'] },
    ]);
  });

  it('reports the second option on a key, with its path', () => {
    const options = [{ digit: '1' }, { digit: '2' }, { digit: '1', label: 'Support' }];
    const [finding, ...rest] = errors(single('phone-menu', { label: 'Main menu', options }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: 'menu-duplicate-digit', path: ['options', 2] });
    expect(finding?.message).toContain(
      'Phone menu "Main menu": key 1 is used by option 1 and option 3',
    );
  });
});

describe('validateFlow: who to dial', () => {
  it('needs someone to ring and a number to forward to', () => {
    expect(errors(single('ring-users', {}))).toMatchObject([
      { code: 'ring-nobody', path: ['targets'] },
    ]);
    expect(errors(single('forward-call', {}))).toMatchObject([
      { code: 'forward-no-number', path: ['number'] },
    ]);
  });

  it('reports a ring target whose member was never chosen, even without a member list', () => {
    const found = errors(single('ring-users', { targets: [member('alice'), member('')] }));
    expect(found).toMatchObject([{ code: 'unknown-member', path: ['targets', 1, 'memberId'] }]);
    expect(found[0]?.message).toContain('person to ring 2 has no team member chosen');
  });
});

describe('validateFlow: schedules and prompts', () => {
  it('needs a schedule on business hours', () => {
    const found = errors(single('business-hours', {}));
    expect(found).toMatchObject([{ code: 'no-schedule', nodeId: 'n', path: ['scheduleId'] }]);
  });

  it.each([
    ['play-message', { prompt: say(' ') }, ['prompt', 'text']],
    ['phone-menu', { prompt: say(''), options: [{ digit: '1' }] }, ['prompt', 'text']],
    ['voicemail', { greeting: say('\n') }, ['greeting', 'text']],
    ['play-message', { prompt: { type: 'audio', greetingId: '' } }, ['prompt', 'greetingId']],
  ] as const)('reports an empty prompt on %s at %j', (kind, data, path) => {
    expect(errors(single(kind, data))).toMatchObject([{ code: 'empty-prompt', path }]);
  });
});

describe('validateFlow: references', () => {
  const input = flowInput(
    [
      ['in', 'incoming-call'],
      ['bh', 'business-hours', { scheduleId: 'nights' }],
      ['ring', 'ring-users', { targets: [member('alice'), member('dave')] }],
      ['msg', 'play-message', { prompt: { type: 'audio', greetingId: 'old' } }],
      ['vm', 'voicemail', { greeting: { type: 'audio', greetingId: 'welcome' } }],
      ['sms', 'auto-reply', { inHoursText: 'Hi', afterHoursText: 'Bye', scheduleId: 'gone' }],
    ],
    [
      ['in', 'next', 'bh'],
      ['bh', 'open', 'ring'],
      ['bh', 'closed', 'msg'],
      ['ring', 'no-answer', 'vm'],
      ['msg', 'next', 'vm'],
      ['vm', 'recorded', 'sms'],
    ],
  );
  const context = {
    scheduleIds: ['weekdays'],
    memberIds: new Set(['alice', 'bob']),
    greetingIds: ['welcome'],
  };

  it('checks nothing when the context lists no ids', () => {
    expect(errors(input)).toEqual([]);
  });

  it('reports each id the context does not list, at its field', () => {
    const found = validateFlow(input, context).findings.filter((f) =>
      f.code.startsWith('unknown-'),
    );
    expect(found.map((f) => [f.code, f.nodeId, f.path])).toEqual([
      ['unknown-schedule', 'bh', ['scheduleId']],
      ['unknown-member', 'ring', ['targets', 1, 'memberId']],
      ['unknown-greeting', 'msg', ['prompt', 'greetingId']],
      ['unknown-schedule', 'sms', ['scheduleId']],
    ]);
    expect(found[1]?.message).toBe(
      'Ring users: the team member chosen for person to ring 2 ("dave") does not exist; it may have been deleted, choose another',
    );
    expect(found[2]?.message).toBe(
      'Play message: the greeting chosen for the prompt ("old") does not exist; it may have been deleted, choose another',
    );
  });

  it('checks only the kinds of id the context lists', () => {
    const found = validateFlow(input, { memberIds: ['alice'] }).findings;
    expect(found.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([
      'unknown-member',
    ]);
  });
});

describe('validateFlow: auto-reply texts', () => {
  const reply = (data: Record<string, unknown>) => single('auto-reply', data);

  it('needs an in-hours text, and an after-hours text only with a schedule', () => {
    expect(errors(reply({ inHoursText: ' ' }))).toMatchObject([
      { code: 'auto-reply-empty-text', path: ['inHoursText'] },
    ]);
    expect(errors(reply({ inHoursText: 'Hi' }))).toEqual([]);
    const found = errors(reply({ inHoursText: 'Hi', scheduleId: 'weekdays' }));
    expect(found).toMatchObject([{ code: 'auto-reply-empty-text', path: ['afterHoursText'] }]);
    expect(found[0]?.message).toContain('the after-hours text is empty');
  });

  it('leaves the weekend and holiday texts optional, but checks their length', () => {
    const base = { inHoursText: 'Hi', afterHoursText: 'Closed', scheduleId: 'weekdays' };
    expect(errors(reply({ ...base, weekendText: '', holidayText: ' ' }))).toEqual([]);
    const found = errors(reply({ ...base, holidayText: 'x'.repeat(1601) }));
    expect(found).toMatchObject([{ code: 'sms-too-long', path: ['holidayText'] }]);
    expect(found[0]?.message).toContain('the holiday text has 1601 characters');
    // Without a schedule they are never sent, so a half-written one does no harm.
    expect(errors(reply({ inHoursText: 'Hi', weekendText: 'x'.repeat(1601) }))).toEqual([]);
  });

  it('refuses a text over 1,600 characters, and only says that', () => {
    const found = validateFlow(reply({ inHoursText: 'x'.repeat(1601) })).findings;
    expect(found.map((f) => f.code)).toEqual(['sms-too-long']);
    expect(found[0]?.message).toContain('has 1601 characters; a text may have at most 1600');
    expect(errors(reply({ inHoursText: 'x'.repeat(1600) }))).toEqual([]);
  });

  it('warns when a text takes more than one segment, with the encoding and count', () => {
    expect(
      only(validateFlow(reply({ inHoursText: 'a'.repeat(160) })).findings, 'sms-multi-segment'),
    ).toEqual([]);
    const [gsm] = only(
      validateFlow(reply({ inHoursText: 'a'.repeat(178) })).findings,
      'sms-multi-segment',
    );
    expect(gsm).toMatchObject({ severity: 'warning', path: ['inHoursText'] });
    expect(gsm?.message).toContain('is 2 SMS segments (GSM-7, 178 characters)');
    const [ucs] = only(
      validateFlow(reply({ inHoursText: `${'a'.repeat(70)}🙂` })).findings,
      'sms-multi-segment',
    );
    expect(ucs?.message).toContain('is 2 SMS segments (UCS-2, 72 characters)');
  });

  it('checks the after-hours text only when a schedule is set', () => {
    const long = 'a'.repeat(200);
    expect(
      only(
        validateFlow(reply({ inHoursText: 'Hi', afterHoursText: long })).findings,
        'sms-multi-segment',
      ),
    ).toEqual([]);
    const found = validateFlow(
      reply({ inHoursText: 'Hi', afterHoursText: long, scheduleId: 'w' }),
    ).findings;
    expect(only(found, 'sms-multi-segment')).toMatchObject([{ path: ['afterHoursText'] }]);
  });

  it('reports template syntax errors and unknown variables, listing the known ones', () => {
    const found = errors(reply({ inHoursText: 'Hi {{contact.email}}, call {{ business.name' }));
    expect(found.map((f) => f.code)).toEqual(['template-syntax', 'unknown-template-variable']);
    expect(found[0]?.message).toContain('template error at character');
    expect(found[1]?.message).toContain('uses {{contact.email}}, which is not a known variable');
    expect(found[1]?.message).toContain('{{contact.name}}');
    expect(found[1]?.message).toContain('{{hours.next_open}}');
  });
});
