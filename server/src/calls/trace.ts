import { appendCallEvent } from '../db/calls.js';
import type { Db } from '../db/database.js';

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

/** The call's trace for one step, as the call log shows it. */
export function traceStep(db: Db, t: StepTrace): void {
  const row = { callId: t.callId, step: t.step, at: t.at };
  appendCallEvent(db, { ...row, kind: 'webhook', data: t.webhook, response: null });
  if (t.event) appendCallEvent(db, { ...row, kind: 'event', data: t.event, response: null });
  for (const note of t.notes)
    appendCallEvent(db, { ...row, kind: 'note', data: { note }, response: null });
  appendCallEvent(db, { ...row, kind: 'instruction', data: t.reply, response: t.response });
}
