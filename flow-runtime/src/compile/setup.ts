import { type CallerMatch, callerMatches, isOpenAt, scheduleStateAt } from '@ringflow/shared';
import { assign, setup } from 'xstate';
import { MAX_REPEATS, MAX_STEPS } from '../limits.js';
import type { CallContext, CallEvent, CallInput, CallResult } from './types.js';

function eventTime(context: CallContext, event: CallEvent): string {
  return 'at' in event && typeof event.at === 'string' ? event.at : context.now;
}

/**
 * The vocabulary every compiled flow shares: node states refer to these
 * actions and guards by name with parameters, so a state's config is plain
 * data and all behaviour lives here.
 */
export const callSetup = setup({
  types: {
    context: {} as CallContext,
    events: {} as CallEvent,
    input: {} as CallInput,
    output: {} as CallResult,
  },
  actions: {
    /** Entering a node: count the step, track repeats, record the path, reset per-node counters. */
    enter: assign(({ context }, params: { nodeId: string }) => ({
      steps: context.steps + 1,
      repeats: context.lastNodeId === params.nodeId ? context.repeats + 1 : 1,
      lastNodeId: params.nodeId,
      path: [...context.path, params.nodeId],
      attempt: 1,
      ringIndex: 0,
    })),
    /**
     * Leaving the node the call is in by an outcome: recorded where the
     * transition is chosen, so nothing has to work it out from the events.
     */
    took: assign(({ context }, params: { outcome: string }) =>
      context.taken && context.lastNodeId
        ? { taken: [...context.taken, { nodeId: context.lastNodeId, outcomeId: params.outcome }] }
        : {},
    ),
    /** Every event moves the call's clock to the event's instant. */
    clock: assign(({ context, event }) => ({ now: eventTime(context, event) })),
    retry: assign(({ context }) => ({ attempt: context.attempt + 1, steps: context.steps + 1 })),
    nextTarget: assign(({ context }) => ({
      ringIndex: context.ringIndex + 1,
      steps: context.steps + 1,
    })),
    markAnswered: assign({ answered: true }),
    markBlocked: assign({ blocked: true }),
    keepRecording: assign(({ context, event }) =>
      event.type === 'RECORDING_DONE' && context.lastNodeId
        ? {
            voicemail: {
              durationSeconds: event.durationSeconds,
              ...(event.url ? { url: event.url } : {}),
              nodeId: context.lastNodeId,
            },
          }
        : {},
    ),
    markHungUp: assign({ callerHungUp: true }),
    fail: assign(({ context }) => ({
      failure:
        context.steps > MAX_STEPS
          ? `The call took more than ${MAX_STEPS} steps`
          : `Node ${context.lastNodeId} ran ${context.repeats} times in a row`,
    })),
  },
  guards: {
    runaway: ({ context }) => context.steps > MAX_STEPS || context.repeats >= MAX_REPEATS,
    digitsAre: ({ event }, params: { digits: string }) =>
      event.type === 'DIGITS' && event.digits === params.digits,
    attemptsLeft: ({ context }, params: { attempts: number }) => context.attempt < params.attempts,
    dialAnswered: ({ event }) => event.type === 'DIAL_RESULT' && event.status === 'answered',
    moreTargets: ({ context }, params: { count: number }) => context.ringIndex + 1 < params.count,
    hasRecording: ({ event }) =>
      event.type === 'RECORDING_DONE' &&
      Number.isFinite(event.durationSeconds) &&
      event.durationSeconds >= 1,
    scheduleOpen: ({ context }, params: { scheduleId: string }) => {
      const schedule = context.schedules[params.scheduleId];
      return schedule ? isOpenAt(schedule, new Date(context.now)) : false;
    },
    callerMatches: ({ context }, params: { match: CallerMatch }) =>
      callerMatches(params.match, context.call.from),
    scheduleHoliday: ({ context }, params: { scheduleId: string }) => {
      const schedule = context.schedules[params.scheduleId];
      return schedule
        ? scheduleStateAt(schedule, new Date(context.now)).reason === 'closure'
        : false;
    },
  },
});

export function initialContext(input: CallInput): CallContext {
  return {
    call: input.call,
    now: input.at,
    schedules: input.schedules ?? {},
    steps: 0,
    lastNodeId: null,
    repeats: 0,
    path: [],
    taken: [],
    attempt: 1,
    ringIndex: 0,
    answered: false,
    voicemail: null,
    callerHungUp: false,
    blocked: false,
    failure: null,
  };
}
