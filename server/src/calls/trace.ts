import { appendTrace, type TraceEntry } from '../db/call-trace.js';
import type { Connection } from '../db/sql/connection.js';

export interface StepTrace {
  callId: string;
  step: number;
  at: string;
  /** What arrived: the webhook's parameters. */
  webhook: Record<string, string>;
  /** What it meant for the flow: the normalised event and the nodes entered. */
  event: Record<string, unknown> | null;
  /** Decisions worth showing: members skipped, late reports. */
  notes: string[];
  /** What was decided, and the exact reply sent, replayed to a retried webhook. */
  reply: unknown;
  response: string;
}

/**
 * Parameters Twilio repeats on every webhook of a call that the call's own
 * row already holds (CallSid, From, To) or that never tell anything about
 * the step (the account, the API version). Dropping them from the trace
 * halves its webhook rows; the call page shows the rest.
 */
const REPEATED = new Set(['CallSid', 'AccountSid', 'ApiVersion', 'From', 'To', 'Caller', 'Called']);
/** Where Twilio thinks the numbers are: worth keeping once, on the first webhook. */
const WHERE = /^(From|To|Caller|Called)(City|State|Zip|Country)$/;

/**
 * A webhook's parameters as the trace keeps them: without what the call row
 * already says, and with the numbers' whereabouts only on the first step.
 *
 * @example
 * compactWebhook({ CallSid: 'CA1', AccountSid: 'AC1', DialCallStatus: 'busy' }, 1);
 * // { DialCallStatus: 'busy' }
 */
export function compactWebhook(
  params: Record<string, string>,
  step: number,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name in params) {
    if (REPEATED.has(name) || (step > 0 && (name === 'Direction' || WHERE.test(name)))) continue;
    kept[name] = params[name] as string;
  }
  return kept;
}

/** A reply as the trace keeps it: the numbers are on the call's row already. */
function compactReply(reply: unknown): unknown {
  if (typeof reply !== 'object' || reply === null || !('callerNumber' in reply)) return reply;
  const {
    callerNumber: _caller,
    businessNumber: _business,
    step: _step,
    ...rest
  } = reply as {
    callerNumber: unknown;
    businessNumber: unknown;
    step: unknown;
  };
  return rest;
}

/** The call's trace for one step, as the call log shows it: one row for the step. */
export async function traceStep(db: Connection, t: StepTrace): Promise<void> {
  const entries: TraceEntry[] = [{ kind: 'webhook', data: compactWebhook(t.webhook, t.step) }];
  if (t.event) entries.push({ kind: 'event', data: t.event });
  for (const note of t.notes) entries.push({ kind: 'note', data: { note } });
  entries.push({ kind: 'instruction', data: compactReply(t.reply) });
  await appendTrace(db, {
    callId: t.callId,
    step: t.step,
    at: t.at,
    entries,
    response: t.response,
  });
}
