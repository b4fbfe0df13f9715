/**
 * @module
 * What pointing a number at a flow does to its callers, in words: which flows
 * can answer, whether the number is live, and the question asked before a
 * change takes a live number elsewhere or off the air.
 */
import type { FlowSummary, PhoneNumber } from '../api/types.js';

/** Why a flow is offered but cannot be chosen. */
export const NOT_PUBLISHED = 'not published yet: publish it in the designer first';

/** What the provider's caller hears when a number has no flow that can answer. */
export const APOLOGY = 'Sorry, we cannot take your call right now';

/**
 * A number as people read it: North American numbers in groups, others as stored.
 *
 * @example
 * formatPhone('+14155550100'); // '+1 415 555 0100'
 * formatPhone('+442071838750'); // '+442071838750'
 */
export function formatPhone(e164: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return nanp ? `+1 ${nanp[1]} ${nanp[2]} ${nanp[3]}` : e164;
}

/** A flow can answer calls once it has a published revision. */
export const canAnswer = (flow: FlowSummary | undefined): boolean => Boolean(flow?.published);

/** True when calls to the number run a flow now (it points at a published flow). */
export function isLive(number: PhoneNumber, flows: FlowSummary[]): boolean {
  return canAnswer(flows.find((f) => f.id === number.flowId));
}

export interface FlowChangeQuestion {
  title: string;
  /** What callers get once it is saved. */
  consequence: string;
  confirmLabel: string;
}

/**
 * The question to ask before pointing `number` at `flowId` ('' for no flow),
 * or null when the change can be saved at once: a number that answers nothing
 * yet loses no callers by being pointed at a published flow.
 *
 * @example
 * flowChangeQuestion(main, flows, '');
 * // { title: 'Take +1 415 555 0100 off the air?',
 * //   consequence: 'Calls to +1 415 555 0100 will hear "Sorry, we cannot take your call right now" from now on.', ... }
 */
export function flowChangeQuestion(
  number: PhoneNumber,
  flows: FlowSummary[],
  flowId: string,
): FlowChangeQuestion | null {
  if (flowId === (number.flowId ?? '')) return null;
  const phone = formatPhone(number.number);
  if (!flowId)
    return {
      title: `Take ${phone} off the air?`,
      consequence: `Calls to ${phone} will hear "${APOLOGY}" from now on.`,
      confirmLabel: 'Yes, take it off the air',
    };
  if (!isLive(number, flows)) return null;
  const name = flows.find((f) => f.id === flowId)?.name ?? flowId;
  return {
    title: `Switch ${phone} to "${name}"?`,
    consequence: `Calls to ${phone} will run "${name}" from now on. Calls already under way keep the flow they started with.`,
    confirmLabel: 'Yes, switch',
  };
}
