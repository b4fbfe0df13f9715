/**
 * @module
 * The bench's caller: plays whole calls the way Twilio does, following the
 * TwiML each webhook answers (the incoming call, the dial result or the
 * digits, the recording, the status callback, the recording's own status),
 * with signed form posts over real HTTP. The same client drives Ringflow and
 * the bare app, so the two are compared on the same work.
 */
import { randomBytes } from 'node:crypto';
import { FakeTwilio, type TwilioReply } from '../test/support/fake-twilio.js';
import { cpuMs } from './processes.js';

export interface Target {
  /**
   * Where the webhooks go: each to one of these at random, so any webhook of
   * a call may reach any process, as behind a load balancer.
   */
  urls: string[];
  /** The address the processes know themselves by (PUBLIC_BASE_URL): signatures cover it. */
  publicUrl: string;
  /** The processes whose CPU counts (summed). */
  pids: number[];
  /**
   * Waits until the work the calls left behind is done (the outbox's texts,
   * recording copies and deletions): its CPU is part of what the webhooks
   * cost, and a run that ended with a backlog would otherwise pass it to the
   * next run or to nobody. Answers how many milliseconds that took, or null
   * when it gave up waiting.
   */
  settled?: () => Promise<number | null>;
  /** CPU milliseconds a database server beside them has used so far, counted apart. */
  databaseCpuMs?: () => number;
  authToken: string;
  /** The number called (the demo line). */
  to: string;
  /** A RecordingUrl the server can fetch for recording `sid`. */
  recordingUrl(sid: string): string;
}

export interface Throughput {
  callers: number;
  calls: number;
  webhooks: number;
  /** Answers that were not 2xx, or requests that failed. */
  errors: number;
  seconds: number;
  webhooksPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /**
   * The target processes' CPU (user + system, summed) per webhook, over the
   * run and the wait for the work the calls left (`Target.settled`): what a
   * webhook costs when the load lasts.
   */
  cpuMsPerWebhook: number;
  /** The same over the run alone, while the calls were answered; the outbox may still have had a backlog. */
  answeringCpuMsPerWebhook: number;
  /** How long the work left behind took to finish after the run, in seconds (0 without any). */
  settleSeconds: number;
  /** The database server's own CPU over the run, per webhook, when it has one (PostgreSQL). */
  databaseCpuMsPerWebhook?: number;
}

/** Callers come from a pool large enough that auto-reply cooldowns rarely apply. */
export const randomCaller = () =>
  `+1415${String(Math.floor(Math.random() * 9_000_000) + 1_000_000)}`;

/** `sorted[p%]`, the way the soak and the webhook bench read percentiles. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function caller(target: Target): FakeTwilio {
  const { urls } = target;
  const send = (path: string, init: RequestInit) =>
    fetch(`${urls[Math.floor(Math.random() * urls.length)]}${path}`, init);
  return new FakeTwilio(send, target.publicUrl, target.authToken, randomCaller(), target.to);
}

/** CPU milliseconds the target's processes have used so far, summed. */
const targetCpuMs = (target: Target) => target.pids.reduce((sum, pid) => sum + cpuMs(pid), 0);

/**
 * Rings the number and leaves the call in progress; resolves to the
 * webhook's status (200 when it was answered).
 */
export async function ringOnly(target: Target): Promise<number> {
  return (await caller(target).ring()).status;
}

/**
 * The end of an unanswered call after `reply`: a 2 s message when a recording
 * was asked for, the hang-up, then the recording's status callback, each
 * webhook through `timed`.
 */
export async function leaveVoicemail(
  call: FakeTwilio,
  reply: TwilioReply,
  sid: string,
  recordingUrl: string,
  timed: (work: () => Promise<TwilioReply>) => Promise<unknown>,
): Promise<void> {
  if (reply.verbs.some((v) => v.name === 'Record')) {
    await timed(() =>
      call.act(reply, 'Record', { RecordingUrl: recordingUrl, RecordingDuration: '2' }),
    );
  }
  await timed(() => call.hangUp('completed', '30'));
  await timed(() =>
    call.post('/webhooks/twilio/recording', {
      RecordingSid: sid,
      RecordingUrl: recordingUrl,
      RecordingStatus: 'completed',
      RecordingDuration: '2',
    }),
  );
}

/** One whole call, each webhook timed into `latencies`; returns how many failed. */
async function playCall(target: Target, latencies: number[]): Promise<number> {
  const call = caller(target);
  let errors = 0;
  const timed = async (work: () => Promise<TwilioReply>): Promise<TwilioReply> => {
    const start = performance.now();
    const reply = await work();
    latencies.push(performance.now() - start);
    if (reply.status < 200 || reply.status >= 300) errors++;
    return reply;
  };
  const has = (reply: TwilioReply, verb: string) => reply.verbs.some((v) => v.name === verb);
  const ringing = await timed(() => call.ring());
  let next = ringing;
  if (has(ringing, 'Dial')) {
    next = await timed(() => call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' }));
  } else if (has(ringing, 'Gather')) {
    // After hours the demo offers a menu: 1 leaves a voicemail.
    next = await timed(() => call.act(ringing, 'Gather', { Digits: '1' }));
  }
  const sid = `RE${randomBytes(16).toString('hex')}`;
  await leaveVoicemail(call, next, sid, target.recordingUrl(sid), timed);
  return errors;
}

/**
 * `callers` callers at once, each playing whole calls back to back for
 * `seconds`, against `target`; measures its answers and its CPU (and its
 * database server's, when it has one).
 *
 * @example
 * const run = await playCalls(server, 50, 10);
 * console.log(run.webhooksPerSecond, run.cpuMsPerWebhook);
 */
export async function playCalls(
  target: Target,
  callers: number,
  seconds: number,
): Promise<Throughput> {
  const latencies: number[] = [];
  let errors = 0;
  let calls = 0;
  const cpuBefore = targetCpuMs(target);
  const databaseBefore = target.databaseCpuMs?.() ?? 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (performance.now() < until) {
        try {
          errors += await playCall(target, latencies);
        } catch {
          errors++;
        }
        calls++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const answeringCpu = targetCpuMs(target) - cpuBefore;
  const settleMs = target.settled ? await target.settled() : 0;
  if (settleMs === null)
    throw new Error('The work the calls left (the outbox) was still due after the wait');
  const cpu = targetCpuMs(target) - cpuBefore;
  const databaseCpu = target.databaseCpuMs ? target.databaseCpuMs() - databaseBefore : undefined;
  const sorted = latencies.sort((a, b) => a - b);
  const perWebhook = (ms: number) => (sorted.length > 0 ? ms / sorted.length : 0);
  return {
    callers,
    calls,
    webhooks: sorted.length,
    errors,
    seconds: elapsed,
    webhooksPerSecond: sorted.length / elapsed,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? 0,
    cpuMsPerWebhook: perWebhook(cpu),
    answeringCpuMsPerWebhook: perWebhook(answeringCpu),
    settleSeconds: settleMs / 1000,
    ...(databaseCpu === undefined ? {} : { databaseCpuMsPerWebhook: perWebhook(databaseCpu) }),
  };
}
