/**
 * @module
 * The simulator as a statechart: setting up a call, stepping it, and the
 * ending. It holds the run; the call itself is stepped with flow-runtime's
 * pure `startCall` / `stepCall`, exactly as the server steps a live call, so
 * what the tester sees is what a caller would meet.
 *
 * One actor lives for the whole page (`simulatorActor`), so the setup and the
 * call survive the panel closing and opening again; components read it with
 * `@xstate/react`'s `useSelector`.
 */

import type { CallEvent } from '@ringflow/flow-runtime';
import { assign, createActor, setup } from 'xstate';
import type { SimRun } from './prepare-run.js';
import { currentStep, restartSession, stepBack, stepSession } from './session.js';
import { defaultSetup, type SimSetup } from './setup.js';

export interface SimContext {
  /** The flow the setup and the run belong to; another flow starts afresh. */
  flowId: string | null;
  setup: SimSetup;
  run: SimRun | null;
}

export type SimEvent =
  | { type: 'OPEN'; flowId: string; timeZone?: string }
  | { type: 'SETUP'; setup: SimSetup }
  | { type: 'START'; run: SimRun }
  | { type: 'STEP'; event: CallEvent; afterSeconds?: number }
  | { type: 'BACK' }
  | { type: 'RESTART' }
  | { type: 'NEW_CALL' };

const isOver = ({ context }: { context: SimContext }) =>
  context.run !== null && currentStep(context.run.session).view.done;

export const simulatorMachine = setup({
  types: { context: {} as SimContext, events: {} as SimEvent },
  guards: {
    otherFlow: ({ context, event }) => event.type === 'OPEN' && event.flowId !== context.flowId,
    isOver,
    canGoBack: ({ context }) => (context.run?.session.steps.length ?? 0) > 1,
  },
  actions: {
    reset: assign(({ event }) => ({
      flowId: event.type === 'OPEN' ? event.flowId : null,
      // The zone of the flow's business hours, so a time typed in reads as the business's.
      setup: defaultSetup(event.type === 'OPEN' ? event.timeZone : undefined),
      run: null,
    })),
    // Each step maps the run's session; a refused event leaves it as it was.
    step: assign({
      run: ({ context, event }) => {
        if (!context.run || event.type !== 'STEP') return context.run;
        const session = stepSession(context.run.session, event.event, event.afterSeconds);
        return session === context.run.session ? context.run : { ...context.run, session };
      },
    }),
    back: assign({
      run: ({ context }) =>
        context.run && { ...context.run, session: stepBack(context.run.session) },
    }),
    restart: assign({
      run: ({ context }) =>
        context.run && { ...context.run, session: restartSession(context.run.session) },
    }),
  },
}).createMachine({
  id: 'simulator',
  context: () => ({ flowId: null, setup: defaultSetup(), run: null }),
  initial: 'settingUp',
  on: {
    OPEN: { guard: 'otherFlow', target: '.settingUp', actions: 'reset' },
    START: {
      target: '.calling',
      actions: assign(({ event }) => ({ run: event.run, setup: event.run.setup })),
    },
  },
  states: {
    settingUp: {
      on: { SETUP: { actions: assign({ setup: ({ event }) => event.setup }) } },
    },
    calling: {
      always: { guard: 'isOver', target: 'over' },
      on: {
        STEP: { actions: 'step' },
        BACK: { guard: 'canGoBack', actions: 'back' },
        RESTART: { actions: 'restart' },
        NEW_CALL: { target: 'settingUp', actions: assign({ run: null }) },
      },
    },
    over: {
      on: {
        BACK: { target: 'calling', actions: 'back' },
        RESTART: { target: 'calling', actions: 'restart' },
        NEW_CALL: { target: 'settingUp', actions: assign({ run: null }) },
      },
    },
  },
});

/** The page's simulator: one actor, started once. */
export const simulatorActor = createActor(simulatorMachine).start();
