/**
 * @module
 * How a call ended, named once for the runtime, the API, the call log and the
 * simulator.
 */

/**
 * What a flow's run ends as: the machine's result. `blocked` is a call that
 * ended at a hang-up step set to block the caller: never a missed call.
 */
export const FLOW_OUTCOMES = [
  'answered',
  'voicemail',
  'missed',
  'abandoned',
  'blocked',
  'failed',
] as const;
export type FlowOutcome = (typeof FLOW_OUTCOMES)[number];

/** What a call in the log ended as: its flow's outcome, or `rejected` when no flow could take it. */
export const CALL_OUTCOMES = [...FLOW_OUTCOMES, 'rejected'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
