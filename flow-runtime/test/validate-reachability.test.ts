import { describe, expect, it } from 'vitest';
import { validateFlow } from '../src/index.js';
import { flowInput, only, say } from './validate-input.js';

const message = (text = 'Hello') => ({ prompt: say(text) });

describe('validateFlow: reachability', () => {
  it('warns about nodes no path reaches, including a loop of its own', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['bye', 'hang-up'],
        ['a', 'play-message', message()],
        ['b', 'play-message', message()],
        ['c', 'hang-up'],
      ],
      [
        ['in', 'next', 'bye'],
        ['a', 'next', 'b'],
        ['b', 'next', 'a'],
      ],
    );
    const { findings } = validateFlow(input);
    expect(only(findings, 'unreachable-node').map((f) => f.nodeId)).toEqual(['a', 'b', 'c']);
    // The loop cannot run, so it is not an endless loop.
    expect(only(findings, 'endless-loop')).toEqual([]);
  });

  it('follows only edges that lead somewhere real', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['msg', 'play-message', message()],
      ],
      [['in', 'holiday', 'msg']],
    );
    const { findings } = validateFlow(input);
    expect(only(findings, 'unreachable-node').map((f) => f.nodeId)).toEqual(['msg']);
  });

  it('counts an auto-reply sent on caller hang-up as reachable', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['bye', 'hang-up'],
        ['sms', 'auto-reply', { inHoursText: 'Sorry we missed you', onCallerHangUp: true }],
      ],
      [['in', 'next', 'bye']],
    );
    expect(validateFlow(input).findings).toEqual([]);
  });
});

describe('validateFlow: order of findings', () => {
  it('lists errors first, then by node order, document-wide findings before node ones', () => {
    const input = flowInput(
      [
        ['ring', 'ring-users', {}],
        ['menu', 'phone-menu', { options: [] }],
        ['orphan', 'hang-up'],
      ],
      [['ring', 'no-answer', 'menu']],
    );
    const { findings, ok } = validateFlow(input);
    expect(ok).toBe(false);
    expect(findings.map((f) => [f.severity, f.code, f.nodeId])).toEqual([
      ['error', 'no-entry', undefined],
      ['error', 'ring-nobody', 'ring'],
      ['error', 'menu-no-options', 'menu'],
      ['warning', 'unconnected-outcome', 'ring'],
      ['warning', 'unconnected-outcome', 'menu'],
    ]);
  });
});
