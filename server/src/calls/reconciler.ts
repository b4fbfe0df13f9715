/**
 * @module
 * Makes sure no call is lost when a webhook could not be saved. Every minute
 * it adds calls refused during a storage failure to the call log, and asks
 * Twilio how live calls that went quiet really stand: one that is over is
 * ended through the status callback's own code path (`CallService.ended`),
 * so its outcome, texts and notifications are exactly what the callback
 * would have given. A chaos test with a full disk found calls `active` for
 * ever, with no outcome and no text. It also fails the voicemail transcripts
 * Twilio has owed for 30 minutes, so none says "Transcribing…" for ever.
 */
import { findQuietActiveCalls, getCall } from '../db/calls.js';
import type { ServerDeps } from '../deps.js';
import type { HttpRequest } from '../http/client.js';
import { type CallsClient, ENDED_STATUSES, twilioCalls } from '../providers/twilio/calls.js';
import { TWILIO } from '../providers/twilio/name.js';
import { expireLateTwilioTranscripts } from '../speech/twilio-transcript-deadline.js';
import { type Leadership, singleProcess, whenLeading } from '../work/leadership.js';
import { CallService } from './call-service.js';
import { logRefusedCalls } from './refusals.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** How often the reconciler runs. */
export const RECONCILE_EVERY_MS = MINUTE;
/**
 * A live call with no webhook for this long is asked about. A status callback
 * comes seconds after a call ends; 30 minutes leaves menus and voicemails
 * alone, and asking about a long conversation costs one request.
 */
export const ASK_AFTER_QUIET_MS = 30 * MINUTE;
/** A call Twilio says is still going is asked about again this much later. */
export const ASK_AGAIN_AFTER_MS = 10 * MINUTE;
/**
 * With no status from Twilio (no credentials, Twilio unreachable or refusing),
 * a call is ended after this long without a webhook: longer than the 4 hours
 * Twilio lets a <Dial> last by default, so no real call is cut short.
 */
export const END_UNHEARD_AFTER_MS = 6 * HOUR;
/** Calls asked about per run, so one run stays short. */
const BATCH = 200;

export interface ReconcileReport {
  /** Refused calls added to the call log. */
  refusalsLogged: number;
  /** Calls ended, by call id, with the status used. */
  ended: { callId: string; status: string }[];
  /** Calls Twilio says are still going, or that could not be asked about yet. */
  left: string[];
  /** Voicemails whose transcript Twilio owed too long, now marked failed. */
  transcriptsExpired: string[];
}

export interface CallReconciler {
  /** One pass now, on the injected clock. */
  run(): Promise<ReconcileReport>;
  /** Runs every RECONCILE_EVERY_MS until stopped; never keeps the process alive. */
  start(): void;
  /** Stops the timer and waits for a pass in progress. */
  stop(): Promise<void>;
}

/**
 * @example
 * const reconciler = callReconciler(deps);
 * reconciler.start();
 * // on shutdown:
 * await reconciler.stop();
 */
export function callReconciler(
  deps: ServerDeps,
  options: {
    twilio?: CallsClient;
    /** How requests to Twilio go out (`httpRequest`). */
    request?: HttpRequest;
    /** Several processes on one PostgreSQL database: only the one leading `call-reconciler` runs it. */
    leadership?: Leadership;
  } = {},
): CallReconciler {
  const { db, clock, config, log } = deps;
  const leadership = options.leadership ?? singleProcess();
  const service = new CallService(deps, TWILIO);
  const twilio =
    options.twilio ??
    twilioCalls({
      accountSid: config.twilio.accountSid,
      authToken: config.twilio.authToken,
      apiBaseUrl: config.twilio.apiBaseUrl,
      ...(options.request ? { request: options.request } : {}),
    });
  /** When each live call was last asked about (memory: a restart asks again, which is harmless). */
  const askedAt = new Map<string, number>();

  const run = async (): Promise<ReconcileReport> => {
    const report: ReconcileReport = {
      refusalsLogged: 0,
      ended: [],
      left: [],
      transcriptsExpired: [],
    };
    try {
      report.refusalsLogged = await logRefusedCalls(deps);
    } catch (error) {
      log.warn('refused calls not added to the call log yet', { error: String(error) });
    }
    try {
      report.transcriptsExpired = await expireLateTwilioTranscripts(deps);
    } catch (error) {
      log.warn('late transcripts not marked failed yet', { error: String(error) });
    }
    const now = clock.now().getTime();
    const quiet = await findQuietActiveCalls(
      db,
      new Date(now - ASK_AFTER_QUIET_MS).toISOString(),
      BATCH,
    );
    for (const sid of askedAt.keys()) {
      if (!quiet.some((q) => q.call.id === sid)) askedAt.delete(sid);
    }
    for (const { call, lastActivityAt } of quiet) {
      const asked = askedAt.get(call.id);
      if (asked !== undefined && now - asked < ASK_AGAIN_AFTER_MS) {
        report.left.push(call.id);
        continue;
      }
      askedAt.set(call.id, now);
      const answer = await twilio.lookup(call.providerCallId);
      const quietFor = now - Date.parse(lastActivityAt);
      let end: { status: string; duration: number | null; endedAt: string | null; note: string };
      if (answer.kind === 'found' && ENDED_STATUSES.has(answer.status)) {
        end = {
          status: answer.status,
          duration: answer.durationSeconds,
          endedAt: answer.endedAt,
          note: `No status callback was saved; Twilio says the call ended: ${answer.status}`,
        };
      } else if (answer.kind === 'found') {
        report.left.push(call.id);
        continue;
      } else if (answer.kind === 'not-found') {
        end = { status: 'failed', duration: null, endedAt: null, note: answer.message };
      } else if (quietFor >= END_UNHEARD_AFTER_MS) {
        const hours = Math.floor(END_UNHEARD_AFTER_MS / HOUR);
        end = {
          status: 'unknown',
          duration: null,
          endedAt: null,
          note: `No status from Twilio; ended by Ringflow after ${hours} h without a webhook (${answer.message})`,
        };
      } else {
        log.warn('could not ask Twilio how a quiet call stands; asking again later', {
          callId: call.id,
          error: answer.message,
        });
        report.left.push(call.id);
        continue;
      }
      // The status callback may have come while Twilio was being asked.
      if ((await getCall(db, call.id))?.status !== 'active') continue;
      try {
        await service.ended(
          call.providerCallId,
          end.status,
          end.duration,
          {
            CallSid: call.providerCallId,
            CallStatus: end.status,
            ...(end.duration === null ? {} : { CallDuration: String(end.duration) }),
            CallbackSource: 'ringflow-reconciler',
          },
          { endedAt: end.endedAt, note: end.note },
        );
        if ((await getCall(db, call.id))?.status === 'active') {
          // Its flow could not be loaded: the provider's status is recorded, as a callback would.
          log.error('quiet call could not be ended: its flow state is missing', {
            callId: call.id,
          });
          report.left.push(call.id);
          continue;
        }
        askedAt.delete(call.id);
        report.ended.push({ callId: call.id, status: end.status });
        log.info('quiet call ended by the reconciler', { callId: call.id, status: end.status });
      } catch (error) {
        log.error('quiet call could not be ended; trying again later', {
          callId: call.id,
          error: String(error),
        });
        report.left.push(call.id);
      }
    }
    return report;
  };

  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<unknown> = Promise.resolve();
  return {
    run,
    start() {
      if (timer) return;
      let busy = false;
      const tick = () => {
        if (busy) return;
        busy = true;
        running = whenLeading(leadership, 'call-reconciler', run)()
          .catch((error: unknown) => log.error('reconciler run failed', { error: String(error) }))
          .finally(() => {
            busy = false;
          });
      };
      timer = setInterval(tick, RECONCILE_EVERY_MS);
      timer.unref();
      tick();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
