/**
 * @module
 * The one place where a step of a live call is stored: the call's new state,
 * the texts and notifications decided when it ends, and its trace, all in the
 * webhook's transaction, so a crash keeps either all of it or none of it.
 */
import type { CallView } from '@ringflow/flow-runtime';
import { autoRepliesAtCallEnd } from '../auto-replies/call-end.js';
import { type Call, insertCall, updateCall } from '../db/calls.js';
import type { ServerDeps } from '../deps.js';
import { notifyAtCallEnd } from '../notifications/call-end.js';
import { callState } from './call-state.js';
import { type StepTrace, traceStep } from './trace.js';

export interface StepToCommit {
  /** The call as it was before the step: a new call's row (its first step), or the row read for it. */
  call: Call;
  /** Whether `call` is the first step's new row, to be inserted. */
  isNew?: boolean;
  view: CallView;
  step: number;
  at: string;
  /**
   * The trace of the step; its callId, step and at are the step's own. Null
   * when the caller writes its own (the status callback, which sends no reply).
   */
  trace: Omit<StepTrace, 'callId' | 'step' | 'at'> | null;
  /** How long texts and notifications wait for a late report (see `LATE_REPORT_HOLD_SECONDS`). */
  holdSeconds?: number;
}

/**
 * Stores one step: call row, auto-replies and notifications at its end, trace.
 *
 * @example
 * commitStep(deps, { call, view, step: call.step + 1, at, trace: { webhook, event, notes, reply, response } });
 */
export async function commitStep(deps: ServerDeps, s: StepToCommit): Promise<void> {
  const after: Call = { ...s.call, ...callState(s.view, s.step) };
  const callId = after.id;
  if (s.isNew) await insertCall(deps.db, after);
  else await updateCall(deps.db, callId, after);
  if (s.view.done) {
    // The call as just stored is passed on: the texts and the notification need not read it back.
    await autoRepliesAtCallEnd(deps, after, s.step, s.at, s.holdSeconds ?? 0);
    await notifyAtCallEnd(deps, after, s.at, s.holdSeconds ?? 0);
  }
  if (s.trace) await traceStep(deps.db, { callId, step: s.step, at: s.at, ...s.trace });
}
