/**
 * @module
 * The end of a call as the provider reports it: the status callback, and a
 * dial or recording result that arrives after it (a late report). Both run
 * inside the webhook's transaction opened by the CallService.
 */
import { type CallMachine, type PersistedCall, stepCall, viewCall } from '@ringflow/flow-runtime';
import { cancelCallReplies } from '../auto-replies/call-end.js';
import { appendCallEvent, type Call, recordProviderEnd } from '../db/calls.js';
import type { ServerDeps } from '../deps.js';
import { commitStep } from './commit-step.js';
import { compactWebhook } from './trace.js';
import type { CallStep, Renderer } from './types.js';

/**
 * How long texts wait when a call ended before the provider said how its
 * dial or recording went: a late report can still make it answered (no
 * missed-call text) or keep its voicemail.
 */
export const LATE_REPORT_HOLD_SECONDS = 60;

/**
 * How a dial or a recording ended, arriving after the status callback had
 * already ended the call: replay it on the state from before the hang-up,
 * then hang up again, so an answered call stays answered and a voicemail is
 * kept. Twilio ignores the reply, as the caller is gone.
 */
export async function lateReport(
  deps: ServerDeps,
  machine: CallMachine | undefined,
  call: Call,
  before: PersistedCall,
  step: CallStep,
  at: string,
  render: Renderer,
): Promise<string> {
  const hangup = await render.reply(
    {
      step: call.step,
      instruction: { type: 'hangup', nodeId: null },
      dialAddresses: [],
      callerNumber: call.from,
      businessNumber: call.to,
    },
    deps.db,
  );
  if (!machine) return hangup;
  let view = stepCall(machine, before, { ...step.event, at });
  if (!view.accepted) return hangup;
  const entered = [...view.entered];
  if (!view.done) view = stepCall(machine, view.snapshot, { type: 'CALLER_HUNG_UP', at });
  // The ending changed: the texts decided for the old one make way for new ones.
  await cancelCallReplies(deps.db, call.id, at);
  await commitStep(deps, {
    call,
    view,
    step: call.step + 1,
    at,
    trace: {
      webhook: step.webhook,
      event: { ...step.event, entered },
      notes: ['Reported after the caller hung up'],
      reply: { late: true },
      response: hangup,
    },
  });
  return hangup;
}

/**
 * The provider says the call is over (the status callback). A flow still
 * running ends as if the caller hung up: abandoned unless someone answered.
 */
export async function callEnded(
  deps: ServerDeps,
  call: Call,
  machine: CallMachine | undefined,
  end: {
    status: string;
    durationSeconds: number | null;
    webhook: Record<string, string>;
    at: string;
    /** From the reconciler: when the provider says the call ended, and why it is ended now. */
    asked?: { endedAt?: string | null; note: string } | undefined;
  },
): Promise<void> {
  const { db } = deps;
  const { at, asked } = end;
  const endedAt = asked?.endedAt ?? at;
  await recordProviderEnd(db, call.id, {
    providerStatus: end.status,
    endedAt,
    durationSeconds: end.durationSeconds,
  });
  if (asked) {
    await appendCallEvent(db, {
      callId: call.id,
      step: call.step,
      kind: 'note',
      at,
      data: { note: asked.note },
      response: null,
    });
  }
  if (call.status !== 'active' || !call.snapshot || !machine) {
    await appendCallEvent(db, {
      callId: call.id,
      step: call.step,
      kind: 'webhook',
      at,
      data: compactWebhook(end.webhook, call.step),
      response: null,
    });
    return;
  }
  const waiting = viewCall(machine, call.snapshot).instruction.type;
  // Twilio still reports how a dial or a recording ended, and not always before
  // this callback: keep the state from before the hang-up so that a late report
  // can still make the call answered or keep its voicemail (see `lateReport`).
  const resumable =
    waiting === 'dial' || waiting === 'record'
      ? { step: call.step, snapshot: call.snapshot }
      : undefined;
  const view = stepCall(machine, call.snapshot, { type: 'CALLER_HUNG_UP', at });
  const nextStep = call.step + 1;
  await commitStep(deps, {
    call,
    view,
    step: nextStep,
    at,
    holdSeconds: resumable ? LATE_REPORT_HOLD_SECONDS : 0,
    trace: null,
  });
  await appendCallEvent(db, {
    callId: call.id,
    step: nextStep,
    kind: 'webhook',
    at,
    data: compactWebhook(end.webhook, nextStep),
    response: null,
  });
  await appendCallEvent(db, {
    callId: call.id,
    step: nextStep,
    kind: 'event',
    at,
    data: { type: 'CALLER_HUNG_UP', entered: [], ...(resumable ? { resumable } : {}) },
    response: null,
  });
}
