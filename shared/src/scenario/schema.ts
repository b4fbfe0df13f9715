import { z } from 'zod';
import { FLOW_OUTCOMES } from '../call-outcome.js';

/** Seconds after the previous event (or the call's start) that an event happens. */
const afterSeconds = z.number().min(0).max(86400).optional();

/** A normalised call event as a scenario stores it: the provider's input, with its timing. */
export const ScenarioEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('DIAL_RESULT'),
    status: z.enum(['answered', 'busy', 'no-answer', 'failed']),
    afterSeconds,
  }),
  z.strictObject({
    type: z.literal('DIGITS'),
    digits: z.string().regex(/^[0-9*#]{1,20}$/, 'Use 1-20 keys: 0-9, * or #'),
    afterSeconds,
  }),
  z.strictObject({ type: z.literal('NO_INPUT'), afterSeconds }),
  z.strictObject({
    type: z.literal('RECORDING_DONE'),
    durationSeconds: z.number().min(0).max(3600),
    afterSeconds,
  }),
  z.strictObject({ type: z.literal('PLAYBACK_DONE'), afterSeconds }),
  z.strictObject({ type: z.literal('CALLER_HUNG_UP'), afterSeconds }),
]);
export type ScenarioEvent = z.output<typeof ScenarioEventSchema>;

/**
 * A saved simulator run: a call's inputs (caller, instant, events) and what
 * the flow is expected to do with them. Run as a regression test against the
 * draft or a revision.
 *
 * @example
 * ScenarioSchema.parse({
 *   name: 'Open: answered', from: '+14155550100', at: '2026-11-23T15:00:00Z',
 *   events: [{ type: 'DIAL_RESULT', status: 'answered' }],
 *   expect: { path: ['in', 'hours', 'ring'], outcome: 'answered', autoReplies: [] },
 * });
 */
export const ScenarioSchema = z.strictObject({
  id: z.string().max(64).optional(),
  name: z.string().trim().min(1).max(120),
  /** The caller's number. */
  from: z.string().min(1).max(64),
  /** The number called. */
  to: z.string().max(64).default(''),
  /** When the call starts (an instant). */
  at: z.iso.datetime({ offset: true }),
  /** The zone the tester chose, for display only. */
  timeZone: z.string().optional(),
  events: z.array(ScenarioEventSchema).max(200),
  expect: z.strictObject({
    /** Node ids entered, in order (the call's path, or the path so far). */
    path: z.array(z.string()),
    /** null: the call is still in progress after the events. */
    outcome: z.enum(FLOW_OUTCOMES).nullable(),
    autoReplies: z.array(z.string()),
  }),
});
export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
