import { startCall, stepCall } from '@ringflow/flow-runtime';
import {
  appendCallEvent,
  type Call,
  findCallByProviderId,
  findResumable,
  findStepResponse,
  insertCall,
} from '../db/calls.js';
import { findNumberByE164 } from '../db/numbers.js';
import { transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { newId } from '../ids.js';
import { replyOf, schedulesOf } from './call-state.js';
import { commitStep } from './commit-step.js';
import { callEnded, lateReport } from './hang-up.js';
import { sharedMachines } from './machine-cache.js';
import { keepRefusal, refusalCause } from './refusals.js';
import { compiledRevision, machineOf, publishedRevisionId } from './revisions.js';
import { settle } from './settle.js';
import { traceStep } from './trace.js';
import type { CallStep, IncomingCall, Renderer } from './types.js';

export type { CallReply, CallStep, IncomingCall, Renderer } from './types.js';

/**
 * Runs live calls: each webhook is one IMMEDIATE transaction that loads the
 * call's snapshot, steps the machine purely, and stores the new snapshot with
 * the call's trace and the exact reply (see `commitStep`), so a retried
 * webhook gets the same reply without stepping again, and any process can
 * serve the next webhook. Webhooks that arrive together share one COMMIT
 * (`db/commit-group.ts`); each is answered only once it is stored.
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
  async incoming(call: IncomingCall, render: Renderer): Promise<string> {
    const at = this.deps.clock.now().toISOString();
    try {
      return await transaction(this.deps.db, (tx) =>
        this.start({ ...this.deps, db: tx }, call, render, at),
      );
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

  private async start(
    deps: ServerDeps,
    call: IncomingCall,
    render: Renderer,
    at: string,
  ): Promise<string> {
    // `deps.db` is the webhook's transaction (see `incoming` and `event`).
    const { db: tx, log } = deps;
    const existing = await findCallByProviderId(tx, this.provider, call.providerCallId);
    if (existing) return (await findStepResponse(tx, existing.id, 0)) ?? render.apology();

    const number = await findNumberByE164(tx, call.to);
    const revisionId = number?.flowId ? await publishedRevisionId(tx, number.flowId) : null;
    const revision = revisionId ? await compiledRevision(this.machines, revisionId, tx) : undefined;
    const id = newId('call');
    const base: Call = {
      id,
      provider: this.provider,
      providerCallId: call.providerCallId,
      from: call.from,
      to: call.to,
      phoneNumberId: number?.id ?? null,
      flowId: number?.flowId ?? null,
      revisionId: revision ? revisionId : null,
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
      await insertCall(tx, { ...base, outcome: 'rejected' });
      await traceStep(tx, {
        callId: id,
        step: 0,
        at,
        webhook: call.webhook,
        event: null,
        notes: [reason],
        reply: { type: 'apology', reason },
        response,
      });
      return response;
    }

    const { machine, document } = revision;
    const started = startCall(machine, {
      call: { from: call.from, to: call.to, callId: id },
      at,
      schedules: await schedulesOf(tx, document),
    });
    const { view, addresses, notes, entered } = await settle(tx, machine, started, at);
    const reply = replyOf(view, 0, addresses, call);
    const response = await render.reply(reply, tx);
    await commitStep(
      { ...deps, db: tx },
      {
        call: base,
        isNew: true,
        view,
        step: 0,
        at,
        trace: {
          webhook: call.webhook,
          event: { type: 'START', entered },
          notes,
          reply,
          response,
        },
      },
    );
    return response;
  }

  /** The provider reports what happened on the line: step the call's machine. */
  event(step: CallStep, render: Renderer): Promise<string> {
    const at = this.deps.clock.now().toISOString();
    return transaction(this.deps.db, (tx) => this.step({ ...this.deps, db: tx }, step, render, at));
  }

  private async step(
    deps: ServerDeps,
    step: CallStep,
    render: Renderer,
    at: string,
  ): Promise<string> {
    // `deps.db` is the webhook's transaction (see `incoming` and `event`).
    const { db: tx, log } = deps;
    const call = await findCallByProviderId(tx, this.provider, step.providerCallId, {
      lock: true,
    });
    if (!call) {
      log.warn('webhook for an unknown call', { callSid: step.providerCallId });
      return render.apology();
    }
    const resumable =
      step.step === call.step - 1 ? await findResumable(tx, call.id, step.step) : undefined;
    if (resumable && call.revisionId) {
      const machine = await machineOf(this.machines, call.revisionId, tx);
      return await lateReport({ ...deps, db: tx }, machine, call, resumable, step, at, render);
    }
    if (step.step < call.step) {
      // A retry of a webhook already answered: the same reply, no second step.
      return (await findStepResponse(tx, call.id, step.step + 1)) ?? render.apology();
    }
    const current = async () =>
      (await findStepResponse(tx, call.id, call.step)) ?? render.apology();
    if (step.step > call.step || call.status === 'ended' || !call.snapshot || !call.revisionId) {
      log.warn('webhook out of turn', {
        callId: call.id,
        step: step.step,
        callStep: call.step,
        status: call.status,
      });
      return await current();
    }
    const machine = await machineOf(this.machines, call.revisionId, tx);
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
      await appendCallEvent(tx, {
        callId: call.id,
        step: call.step,
        kind: 'note',
        at,
        data: { note },
        response: null,
      });
      return await current();
    }
    const settled = await settle(tx, machine, next, at);
    const { addresses, notes, entered } = settled;
    let { view } = settled;
    if (call.providerStatus && !view.done) {
      // The caller is already gone (the status callback came first): end the flow now.
      view = stepCall(machine, view.snapshot, { type: 'CALLER_HUNG_UP', at });
      notes.push('The caller had already hung up');
    }
    const nextStep = call.step + 1;
    const reply = replyOf(view, nextStep, addresses, call);
    const response = await render.reply(reply, tx);
    await commitStep(
      { ...deps, db: tx },
      {
        call,
        view,
        step: nextStep,
        at,
        trace: {
          webhook: step.webhook,
          event: { ...step.event, entered },
          notes,
          reply,
          response,
        },
      },
    );
    return response;
  }

  /**
   * The provider says the call is over (the status callback). A flow still
   * running ends as if the caller hung up: abandoned unless someone answered.
   */
  async ended(
    providerCallId: string,
    status: string,
    durationSeconds: number | null,
    webhook: Record<string, string>,
    /** From the reconciler: when the provider says the call ended, and why it is ended now. */
    asked?: { endedAt?: string | null; note: string },
  ): Promise<void> {
    const { db, clock, log } = this.deps;
    const at = clock.now().toISOString();
    await transaction(db, async (tx) => {
      const call = await findCallByProviderId(tx, this.provider, providerCallId, { lock: true });
      if (!call) {
        log.warn('status for an unknown call', { callSid: providerCallId, status });
        return;
      }
      const machine = call.revisionId
        ? await machineOf(this.machines, call.revisionId, tx)
        : undefined;
      await callEnded({ ...this.deps, db: tx }, call, machine, {
        status,
        durationSeconds,
        webhook,
        at,
        asked,
      });
    });
  }
}
