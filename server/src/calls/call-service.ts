import {
  type CallEvent,
  type CallMachine,
  type CallView,
  type Instruction,
  type PersistedCall,
  startCall,
  stepCall,
  viewCall,
} from '@ringflow/flow-runtime';
import type { FlowDocument, Schedule } from '@ringflow/shared';
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
import { getMembersByIds } from '../db/members.js';
import { findNumberByE164 } from '../db/numbers.js';
import { listSchedulesByIds } from '../db/schedules.js';
import type { ServerDeps } from '../deps.js';
import { newId } from '../ids.js';
import { resolveDial } from './dial-targets.js';
import { MachineCache } from './machine-cache.js';

/** What the provider should do now, for one step of one call. */
export interface CallReply {
  step: number;
  instruction: Instruction;
  /** For a dial: the addresses to ring (never empty). */
  dialAddresses: string[];
  callerNumber: string;
  businessNumber: string;
}

/** Turns replies into the provider's response documents (TwiML for Twilio). */
export interface Renderer {
  reply(reply: CallReply): string;
  /** Said when a call cannot be served: unknown number, no published flow, lost state. */
  apology(): string;
}

export interface IncomingCall {
  providerCallId: string;
  from: string;
  to: string;
  /** The webhook's parameters, kept in the call's trace. */
  webhook: Record<string, string>;
}

export interface CallStep {
  providerCallId: string;
  /** The step the provider is answering, from the action URL. */
  step: number;
  event: CallEvent;
  webhook: Record<string, string>;
}

/** Runaway protection for the do-not-disturb skip loop; the machine's own limits end it long before. */
const MAX_SETTLE = 100;

/**
 * Runs live calls: each webhook is one IMMEDIATE transaction that loads the
 * call's snapshot, steps the machine purely, and stores the new snapshot with
 * the call's trace and the exact reply, so a retried webhook gets the same
 * reply without stepping again, and any process can serve the next webhook.
 */
export class CallService {
  private readonly machines = new MachineCache();

  constructor(
    private readonly deps: ServerDeps,
    private readonly provider: string,
  ) {}

  /** A new call arrives: start the flow of the number called. */
  incoming(call: IncomingCall, render: Renderer): string {
    const { db, clock, log } = this.deps;
    const at = clock.now().toISOString();
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
        this.trace(id, 0, at, call.webhook, null, [reason], { type: 'apology', reason }, response);
        return response;
      }

      const machine = this.machines.get(revision.id, () => revision.document);
      const schedules = this.schedulesOf(revision.document);
      const started = startCall(machine, {
        call: { from: call.from, to: call.to, callId: id },
        at,
        schedules,
      });
      const { view, addresses, notes, entered } = this.settle(machine, started, at);
      const reply = this.replyFor(view, 0, addresses, call);
      const response = render.reply(reply);
      insertCall(db, { ...base, ...this.stateOf(view, 0) });
      this.trace(id, 0, at, call.webhook, { type: 'START', entered }, notes, reply, response);
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
      const settled = this.settle(machine, next, at);
      const { addresses, notes, entered } = settled;
      let { view } = settled;
      if (call.providerStatus && !view.done) {
        // The caller is already gone (the status callback came first): end the flow now.
        view = stepCall(machine, view.snapshot, { type: 'CALLER_HUNG_UP', at });
        notes.push('The caller had already hung up');
      }
      const nextStep = call.step + 1;
      const reply = this.replyFor(view, nextStep, addresses, call);
      const response = render.reply(reply);
      updateCall(db, call.id, this.stateOf(view, nextStep));
      this.trace(
        call.id,
        nextStep,
        at,
        step.webhook,
        { ...step.event, entered },
        notes,
        reply,
        response,
      );
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
    updateCall(this.deps.db, call.id, this.stateOf(view, nextStep));
    this.trace(
      call.id,
      nextStep,
      at,
      step.webhook,
      { ...step.event, entered },
      ['Reported after the caller hung up'],
      { late: true },
      hangup,
    );
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
  ): void {
    const { db, clock, log } = this.deps;
    const at = clock.now().toISOString();
    inTransaction(db, () => {
      const call = findCallByProviderId(db, this.provider, providerCallId);
      if (!call) {
        log.warn('status for an unknown call', { callSid: providerCallId, status });
        return;
      }
      recordProviderEnd(db, call.id, { providerStatus: status, endedAt: at, durationSeconds });
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
      updateCall(db, call.id, this.stateOf(view, nextStep));
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

  /** Records a provider notice that changes nothing in the flow (a recording became available). */
  note(providerCallId: string, data: Record<string, unknown>): boolean {
    const { db, clock } = this.deps;
    const call = findCallByProviderId(db, this.provider, providerCallId);
    if (!call) return false;
    appendCallEvent(db, {
      callId: call.id,
      step: call.step,
      kind: 'note',
      at: clock.now().toISOString(),
      data,
      response: null,
    });
    return true;
  }

  /**
   * Rings only those who can answer: team members in do-not-disturb are
   * skipped, and a dial with nobody left counts at once as unanswered, so the
   * flow moves on (to voicemail, say) instead of ringing nobody.
   */
  private settle(machine: CallMachine, view: CallView, at: string) {
    const notes: string[] = [];
    const entered = [...view.entered];
    let current = view;
    for (let i = 0; i < MAX_SETTLE && !current.done && current.instruction.type === 'dial'; i++) {
      const instruction = current.instruction;
      const ids = instruction.targets.flatMap((t) => (t.type === 'member' ? [t.memberId] : []));
      const members = new Map(getMembersByIds(this.deps.db, ids).map((m) => [m.id, m]));
      const resolved = resolveDial(instruction, members, new Date(at));
      for (const s of resolved.skipped) notes.push(`Skipped ${s.memberId}: ${s.reason}`);
      if (resolved.addresses.length > 0)
        return { view: current, addresses: resolved.addresses, notes, entered };
      notes.push(`Nobody to ring at ${instruction.nodeId}: taken as no answer`);
      current = stepCall(machine, current.snapshot, {
        type: 'DIAL_RESULT',
        status: 'no-answer',
        at,
      });
      entered.push(...current.entered);
    }
    return { view: current, addresses: [] as string[], notes, entered };
  }

  private replyFor(
    view: CallView,
    step: number,
    addresses: string[],
    call: { from: string; to: string },
  ): CallReply {
    return {
      step,
      instruction: view.instruction,
      dialAddresses: addresses,
      callerNumber: call.from,
      businessNumber: call.to,
    };
  }

  private stateOf(
    view: CallView,
    step: number,
  ): Pick<Call, 'snapshot' | 'step' | 'status' | 'outcome' | 'result'> {
    return {
      snapshot: view.snapshot,
      step,
      status: view.done ? 'ended' : 'active',
      outcome: view.result?.outcome ?? null,
      result: view.result,
    };
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

  private schedulesOf(document: FlowDocument): Record<string, Schedule> {
    const ids = new Set<string>();
    for (const node of document.nodes) {
      if (node.type === 'business-hours' && node.data.scheduleId) ids.add(node.data.scheduleId);
      if (node.type === 'auto-reply' && node.data.scheduleId) ids.add(node.data.scheduleId);
    }
    return Object.fromEntries(listSchedulesByIds(this.deps.db, [...ids]).map((s) => [s.id, s]));
  }

  /** The call's trace for one step: what arrived, what it meant, what was decided and sent. */
  private trace(
    callId: string,
    step: number,
    at: string,
    webhook: Record<string, string>,
    event: Record<string, unknown> | null,
    notes: string[],
    reply: unknown,
    response: string,
  ): void {
    const { db } = this.deps;
    appendCallEvent(db, { callId, step, kind: 'webhook', at, data: webhook, response: null });
    if (event)
      appendCallEvent(db, { callId, step, kind: 'event', at, data: event, response: null });
    for (const note of notes)
      appendCallEvent(db, { callId, step, kind: 'note', at, data: { note }, response: null });
    appendCallEvent(db, { callId, step, kind: 'instruction', at, data: reply, response });
  }
}
