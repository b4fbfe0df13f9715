import {
  type CallMachine,
  type PersistedCall,
  startCall,
  stepCall,
  viewCall,
} from '@ringflow/flow-runtime';
import { autoRepliesAtCallEnd, cancelCallReplies } from '../auto-replies/call-end.js';
import {
  appendCallEvent,
  type Call,
  findCallByProviderId,
  findResumable,
  findStepResponse,
  insertCall,
  recordProviderEnd,
  updateCall,
} from '../db/calls.js';
import { inTransaction } from '../db/database.js';
import { getPublishedRevision, getRevision } from '../db/flows.js';
import { findNumberByE164 } from '../db/numbers.js';
import type { ServerDeps } from '../deps.js';
import { newId } from '../ids.js';
import { notifyAtCallEnd } from '../notifications/call-end.js';
import { callState, replyOf, schedulesOf } from './call-state.js';
import { sharedMachines } from './machine-cache.js';
import { keepRefusal, refusalCause } from './refusals.js';
import { settle } from './settle.js';
import { traceStep } from './trace.js';
import type { CallStep, IncomingCall, Renderer } from './types.js';

export type { CallReply, CallStep, IncomingCall, Renderer } from './types.js';

/**
 * How long texts wait when a call ended before the provider said how its
 * dial or recording went: a late report can still make it answered (no
 * missed-call text) or keep its voicemail.
 */
const LATE_REPORT_HOLD_SECONDS = 60;

/**
 * Runs live calls: each webhook is one IMMEDIATE transaction that loads the
 * call's snapshot, steps the machine purely, and stores the new snapshot with
 * the call's trace and the exact reply, so a retried webhook gets the same
 * reply without stepping again, and any process can serve the next webhook.
 */
export class CallService {
  private readonly machines = sharedMachines;

  constructor(
    private readonly deps: ServerDeps,
    private readonly provider: string,
  ) {}

  /**
   * A new call arrives: start the flow of the number called. When it cannot
   * be stored, the refusal is kept for the call log and the error rethrown
   * (the caller hears the apology).
   */
  incoming(call: IncomingCall, render: Renderer): string {
    const at = this.deps.clock.now().toISOString();
    try {
      return this.start(call, render, at);
    } catch (error) {
      keepRefusal(this.deps, {
        provider: this.provider,
        providerCallId: call.providerCallId,
        from: call.from,
        to: call.to,
        at,
        ...refusalCause(error),
        webhook: call.webhook,
        response: render.apology(),
      });
      throw error;
    }
  }

  private start(call: IncomingCall, render: Renderer, at: string): string {
    const { db, log } = this.deps;
    return inTransaction(db, () => {
      const existing = findCallByProviderId(db, this.provider, call.providerCallId);
      if (existing) return findStepResponse(db, existing.id, 0) ?? render.apology();

      const number = findNumberByE164(db, call.to);
      const revision = number?.flowId ? getPublishedRevision(db, number.flowId) : undefined;
      const id = newId('call');
      const base: Call = {
        id,
        provider: this.provider,
        providerCallId: call.providerCallId,
        from: call.from,
        to: call.to,
        phoneNumberId: number?.id ?? null,
        flowId: number?.flowId ?? null,
        revisionId: revision?.id ?? null,
        snapshot: null,
        step: 0,
        status: 'ended',
        outcome: null,
        result: null,
        providerStatus: null,
        startedAt: at,
        endedAt: null,
        durationSeconds: null,
      };
      if (!number || !revision) {
        const reason = !number
          ? `No phone number ${call.to} in Ringflow`
          : `Number ${call.to} has no published flow`;
        log.warn('call rejected', { callSid: call.providerCallId, reason });
        const response = render.apology();
        insertCall(db, { ...base, outcome: 'rejected' });
        traceStep(this.deps.db, {
          callId: id,
          step: 0,
          at: at,
          webhook: call.webhook,
          event: null,
          notes: [reason],
          reply: { type: 'apology', reason },
          response: response,
        });
        return response;
      }

      const machine = this.machines.get(revision.id, () => revision.document);
      const schedules = schedulesOf(db, revision.document);
      const started = startCall(machine, {
        call: { from: call.from, to: call.to, callId: id },
        at,
        schedules,
      });
      const { view, addresses, notes, entered } = settle(this.deps.db, machine, started, at);
      const reply = replyOf(view, 0, addresses, call);
      const response = render.reply(reply);
      insertCall(db, { ...base, ...callState(view, 0) });
      if (view.done) autoRepliesAtCallEnd(this.deps, id, 0, at);
      if (view.done) notifyAtCallEnd(this.deps, id, at);
      traceStep(this.deps.db, {
        callId: id,
        step: 0,
        at: at,
        webhook: call.webhook,
        event: { type: 'START', entered },
        notes: notes,
        reply: reply,
        response: response,
      });
      return response;
    });
  }

  /** The provider reports what happened on the line: step the call's machine. */
  event(step: CallStep, render: Renderer): string {
    const { db, clock, log } = this.deps;
    const at = clock.now().toISOString();
    return inTransaction(db, () => {
      const call = findCallByProviderId(db, this.provider, step.providerCallId);
      if (!call) {
        log.warn('webhook for an unknown call', { callSid: step.providerCallId });
        return render.apology();
      }
      const resumable =
        step.step === call.step - 1 ? findResumable(db, call.id, step.step) : undefined;
      if (resumable && call.revisionId) return this.lateReport(call, resumable, step, at, render);
      if (step.step < call.step) {
        // A retry of a webhook already answered: the same reply, no second step.
        return findStepResponse(db, call.id, step.step + 1) ?? render.apology();
      }
      const current = findStepResponse(db, call.id, call.step);
      if (step.step > call.step || call.status === 'ended' || !call.snapshot || !call.revisionId) {
        log.warn('webhook out of turn', {
          callId: call.id,
          step: step.step,
          callStep: call.step,
          status: call.status,
        });
        return current ?? render.apology();
      }
      const machine = this.machineOf(call.revisionId);
      if (!machine) {
        log.error('revision of a live call is missing', {
          callId: call.id,
          revisionId: call.revisionId,
        });
        return render.apology();
      }
      const next = stepCall(machine, call.snapshot, { ...step.event, at });
      if (!next.accepted) {
        const note = `Event ${step.event.type} does not apply at node ${call.snapshot.value}; instruction repeated`;
        log.warn('event not accepted', {
          callId: call.id,
          event: step.event.type,
          node: call.snapshot.value,
        });
        appendCallEvent(db, {
          callId: call.id,
          step: call.step,
          kind: 'note',
          at,
          data: { note },
          response: null,
        });
        return current ?? render.apology();
      }
      const settled = settle(this.deps.db, machine, next, at);
      const { addresses, notes, entered } = settled;
      let { view } = settled;
      if (call.providerStatus && !view.done) {
        // The caller is already gone (the status callback came first): end the flow now.
        view = stepCall(machine, view.snapshot, { type: 'CALLER_HUNG_UP', at });
        notes.push('The caller had already hung up');
      }
      const nextStep = call.step + 1;
      const reply = replyOf(view, nextStep, addresses, call);
      const response = render.reply(reply);
      updateCall(db, call.id, callState(view, nextStep));
      if (view.done) autoRepliesAtCallEnd(this.deps, call.id, nextStep, at);
      if (view.done) notifyAtCallEnd(this.deps, call.id, at);
      traceStep(this.deps.db, {
        callId: call.id,
        step: nextStep,
        at: at,
        webhook: step.webhook,
        event: { ...step.event, entered },
        notes: notes,
        reply: reply,
        response: response,
      });
      return response;
    });
  }

  /**
   * How a dial or a recording ended, arriving after the status callback had
   * already ended the call: replay it on the state from before the hang-up,
   * then hang up again, so an answered call stays answered and a voicemail is
   * kept. Twilio ignores the reply, as the caller is gone.
   */
  private lateReport(
    call: Call,
    before: PersistedCall,
    step: CallStep,
    at: string,
    render: Renderer,
  ): string {
    const machine = call.revisionId ? this.machineOf(call.revisionId) : undefined;
    const hangup = render.reply({
      step: call.step,
      instruction: { type: 'hangup', nodeId: null },
      dialAddresses: [],
      callerNumber: call.from,
      businessNumber: call.to,
    });
    if (!machine) return hangup;
    let view = stepCall(machine, before, { ...step.event, at });
    if (!view.accepted) return hangup;
    const entered = [...view.entered];
    if (!view.done) view = stepCall(machine, view.snapshot, { type: 'CALLER_HUNG_UP', at });
    const nextStep = call.step + 1;
    updateCall(this.deps.db, call.id, callState(view, nextStep));
    // The ending changed: the texts decided for the old one make way for new ones.
    cancelCallReplies(this.deps.db, call.id, at);
    if (view.done) autoRepliesAtCallEnd(this.deps, call.id, nextStep, at);
    if (view.done) notifyAtCallEnd(this.deps, call.id, at);
    traceStep(this.deps.db, {
      callId: call.id,
      step: nextStep,
      at: at,
      webhook: step.webhook,
      event: { ...step.event, entered },
      notes: ['Reported after the caller hung up'],
      reply: { late: true },
      response: hangup,
    });
    return hangup;
  }

  /**
   * The provider says the call is over (the status callback). A flow still
   * running ends as if the caller hung up: abandoned unless someone answered.
   */
  ended(
    providerCallId: string,
    status: string,
    durationSeconds: number | null,
    webhook: Record<string, string>,
    /** From the reconciler: when the provider says the call ended, and why it is ended now. */
    asked?: { endedAt?: string | null; note: string },
  ): void {
    const { db, clock, log } = this.deps;
    const at = clock.now().toISOString();
    inTransaction(db, () => {
      const call = findCallByProviderId(db, this.provider, providerCallId);
      if (!call) {
        log.warn('status for an unknown call', { callSid: providerCallId, status });
        return;
      }
      const endedAt = asked?.endedAt ?? at;
      recordProviderEnd(db, call.id, { providerStatus: status, endedAt, durationSeconds });
      if (asked) {
        appendCallEvent(db, {
          callId: call.id,
          step: call.step,
          kind: 'note',
          at,
          data: { note: asked.note },
          response: null,
        });
      }
      const machine = call.revisionId ? this.machineOf(call.revisionId) : undefined;
      if (call.status !== 'active' || !call.snapshot || !machine) {
        appendCallEvent(db, {
          callId: call.id,
          step: call.step,
          kind: 'webhook',
          at,
          data: webhook,
          response: null,
        });
        return;
      }
      const waiting = viewCall(machine, call.snapshot).instruction.type;
      // Twilio still reports how a dial or a recording ended, and not always before
      // this callback: keep the state from before the hang-up so that a late report
      // can still make the call answered or keep its voicemail (see `event`).
      const resumable =
        waiting === 'dial' || waiting === 'record'
          ? { step: call.step, snapshot: call.snapshot }
          : undefined;
      const view = stepCall(machine, call.snapshot, { type: 'CALLER_HUNG_UP', at });
      const nextStep = call.step + 1;
      updateCall(db, call.id, callState(view, nextStep));
      autoRepliesAtCallEnd(
        this.deps,
        call.id,
        nextStep,
        at,
        resumable ? LATE_REPORT_HOLD_SECONDS : 0,
      );
      notifyAtCallEnd(this.deps, call.id, at, resumable ? LATE_REPORT_HOLD_SECONDS : 0);
      appendCallEvent(db, {
        callId: call.id,
        step: nextStep,
        kind: 'webhook',
        at,
        data: webhook,
        response: null,
      });
      appendCallEvent(db, {
        callId: call.id,
        step: nextStep,
        kind: 'event',
        at,
        data: { type: 'CALLER_HUNG_UP', entered: [], ...(resumable ? { resumable } : {}) },
        response: null,
      });
    });
  }

  private machineOf(revisionId: string): CallMachine | undefined {
    try {
      return this.machines.get(revisionId, () => {
        const revision = getRevision(this.deps.db, revisionId);
        if (!revision) throw new Error(`revision ${revisionId} not found`);
        return revision.document;
      });
    } catch {
      return undefined;
    }
  }
}
