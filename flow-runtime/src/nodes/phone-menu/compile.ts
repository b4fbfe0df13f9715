import { MENU_KEYS } from '@ringflow/shared';
import type { CallEvent } from '../../compile/types.js';
import { goTo, type NodeCompiler, type TransitionConfig } from '../define.js';

/**
 * A key that matches an option leaves by that option. Silence or a wrong key
 * replays the prompt until the attempts are used up, then leaves by `no-input`.
 */
export const phoneMenuCompiler: NodeCompiler<'phone-menu'> = {
  state: (node, ctx) => {
    const retry: TransitionConfig = {
      guard: { type: 'attemptsLeft', params: { attempts: node.data.attempts } },
      actions: ['clock', 'retry'],
    };
    // A digit configured twice is a validator error; until it is fixed, the first option wins.
    const options = node.data.options.filter(
      (o, i, all) => all.findIndex((p) => p.digit === o.digit) === i,
    );
    return {
      on: {
        DIGITS: [
          ...options.map((o) => ({
            guard: { type: 'digitsAre', params: { digits: o.digit } } as const,
            ...goTo(ctx, o.digit),
          })),
          retry,
          goTo(ctx, 'no-input'),
        ],
        NO_INPUT: [retry, goTo(ctx, 'no-input')],
      },
    };
  },
  instruction: (node, context) => ({
    type: 'gather',
    nodeId: node.id,
    prompt: node.data.prompt,
    keys: node.data.options.map((o) => o.digit),
    timeoutSeconds: node.data.timeoutSeconds,
    attempt: context.attempt,
    attempts: node.data.attempts,
    ...(context.attempt > 1 && node.data.retryText ? { retryText: node.data.retryText } : {}),
  }),
  events: (node) => {
    const keys: string[] = node.data.options.map((o) => o.digit);
    const wrong = MENU_KEYS.find((k) => !keys.includes(k));
    const events: CallEvent[] = keys.map((digits) => ({ type: 'DIGITS', digits }));
    if (wrong) events.push({ type: 'DIGITS', digits: wrong });
    events.push({ type: 'NO_INPUT' });
    return events;
  },
};
