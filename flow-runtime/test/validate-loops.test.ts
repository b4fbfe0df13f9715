import { describe, expect, it } from 'vitest';
import { validateFlow } from '../src/index.js';
import { flowInput, member, only, say } from './validate-input.js';

const loops = (input: unknown) =>
  validateFlow(input).findings.filter(
    (f) => f.code === 'endless-loop' || f.code === 'loop-without-input',
  );

const hours = { scheduleId: 'weekdays', label: 'Office' };
const msg = (label: string) => ({ label, prompt: say('Please hold') });
const ring = { label: 'Team', targets: [member('alice')] };
const menu = { label: 'Menu', options: [{ digit: '1' }] };

describe('validateFlow: loops', () => {
  it('calls a message that plays itself an endless loop', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['hold', 'play-message', msg('Hold')],
      ],
      [
        ['in', 'next', 'hold'],
        ['hold', 'next', 'hold'],
      ],
    );
    const found = loops(input);
    expect(found).toMatchObject([{ code: 'endless-loop', severity: 'error', nodeId: 'hold' }]);
    expect(found[0]?.message).toContain(
      'Loop Play message "Hold" -> Play message "Hold" repeats forever',
    );
  });

  it('calls business hours <-> play message an endless loop, named in order, once', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['bh', 'business-hours', hours],
        ['hold', 'play-message', msg('Hold')],
        ['bye', 'hang-up'],
      ],
      [
        ['in', 'next', 'bh'],
        ['bh', 'open', 'hold'],
        ['bh', 'closed', 'bye'],
        ['hold', 'next', 'bh'],
      ],
    );
    const found = loops(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'endless-loop', nodeId: 'bh' });
    expect(found[0]?.message).toContain(
      'Business hours "Office" -> Play message "Hold" -> Business hours "Office"',
    );
  });

  it('warns about a loop that rings but never asks the caller', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['ring', 'ring-users', ring],
        ['hold', 'play-message', msg('Hold')],
      ],
      [
        ['in', 'next', 'ring'],
        ['ring', 'no-answer', 'hold'],
        ['hold', 'next', 'ring'],
      ],
    );
    const found = loops(input);
    expect(found).toMatchObject([
      { code: 'loop-without-input', severity: 'warning', nodeId: 'ring' },
    ]);
    expect(found[0]?.message).toContain("until the runtime's safety limit ends the call");
    expect(validateFlow(input).ok).toBe(true);
  });

  it('treats forwarding like ringing', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['fwd', 'forward-call', { number: '+14155550100' }],
      ],
      [
        ['in', 'next', 'fwd'],
        ['fwd', 'no-answer', 'fwd'],
      ],
    );
    expect(loops(input).map((f) => f.code)).toEqual(['loop-without-input']);
  });

  it('accepts a loop through a phone menu: the caller is asked each time', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['menu', 'phone-menu', menu],
        ['again', 'play-message', msg('Again')],
        ['ring', 'ring-users', ring],
      ],
      [
        ['in', 'next', 'menu'],
        ['menu', '1', 'ring'],
        ['menu', 'no-input', 'again'],
        ['again', 'next', 'menu'],
        ['ring', 'no-answer', 'menu'],
      ],
    );
    expect(loops(input)).toEqual([]);
  });

  it('reports two separate loops separately', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['bh', 'business-hours', hours],
        ['a', 'play-message', msg('A')],
        ['ring', 'ring-users', ring],
      ],
      [
        ['in', 'next', 'bh'],
        ['bh', 'open', 'a'],
        ['bh', 'closed', 'ring'],
        ['a', 'next', 'a'],
        ['ring', 'no-answer', 'ring'],
      ],
    );
    expect(loops(input).map((f) => [f.code, f.nodeId])).toEqual([
      ['endless-loop', 'a'],
      ['loop-without-input', 'ring'],
    ]);
  });

  it('classifies the whole tangle once when loops share nodes', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['bh', 'business-hours', hours],
        ['a', 'play-message', msg('A')],
        ['b', 'play-message', msg('B')],
      ],
      [
        ['in', 'next', 'bh'],
        ['bh', 'open', 'a'],
        ['bh', 'closed', 'b'],
        ['a', 'next', 'bh'],
        ['b', 'next', 'bh'],
      ],
    );
    expect(only(validateFlow(input).findings, 'endless-loop').map((f) => f.nodeId)).toEqual(['bh']);
  });
});
