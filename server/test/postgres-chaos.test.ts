/**
 * No process is special: three real server processes on one PostgreSQL
 * database, the webhooks of 60 simultaneous calls spread over them at random,
 * a fifth of them sent to two processes at once (a retry racing its
 * original), and one process killed with SIGKILL mid-burst, its webhooks in
 * flight failing over to the others as a load balancer retries them. Every
 * call must end as its caller played it, no step stored twice, and every
 * text reach the fake of Twilio's REST API exactly once (a fake that does not
 * honour idempotency tokens).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { makeWav } from '../../test/fakes/wav.js';
import { LATE_REPORT_HOLD_SECONDS } from '../src/calls/hang-up.js';
import { findCallByProviderId, listCallEvents } from '../src/db/calls.js';
import { postgresStorage } from '../src/db/sql/postgres.js';
import type { Storage } from '../src/db/sql/sql.js';
import { useBackend } from './support/backends.js';
import { FakeTwilio, type TwilioReply } from './support/fake-twilio.js';
import { ACCOUNT_SID, AUTH_TOKEN } from './support/outbox-harness.js';
import { type ServerProcess, startServerProcess } from './support/server-process.js';

const CALLS = 60;
const PUBLIC_URL = 'https://ringflow.example.com';
const DEMO_LINE = '+14155550100';
/** The process that dies is killed when this many webhooks have been sent: about a third of the burst. */
const KILL_AT_WEBHOOK = 90;

/** What the caller does: the team picks up (in hours), a message is left, or the caller gives up. */
type Plan = 'answer' | 'voicemail' | 'hang-up';
const PLANS: Plan[] = ['answer', 'voicemail', 'hang-up'];

/** A small seeded generator, so a failure can be replayed with the seed it prints. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('three processes on one PostgreSQL database, one killed mid-burst', () => {
  const backend = useBackend('postgres');
  let twilio: FakeTwilioRest;
  let processes: ServerProcess[] = [];
  let storage: Storage;

  beforeAll(async () => {
    twilio = await startFakeTwilio({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      idempotencyTokens: false,
    });
    const url = await backend.freshUrl();
    const env = {
      DATABASE_URL: url,
      PUBLIC_BASE_URL: PUBLIC_URL,
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_API_BASE_URL: twilio.url,
      // Work leased by the process that dies goes back to the others soon after.
      OUTBOX_LEASE_SECONDS: '5',
    };
    processes = await Promise.all([0, 1, 2].map(() => startServerProcess(env, ['--demo'])));
    // Each process compiles the demo flow on its first call: done here, so the burst meets warm processes.
    for (const [i, p] of processes.entries()) {
      const send = (path: string, init: RequestInit) => fetch(`${p.url}${path}`, init);
      const call = new FakeTwilio(send, PUBLIC_URL, AUTH_TOKEN, `+1415555${3900 + i}`, DEMO_LINE);
      expect((await call.ring()).status).toBe(200);
      expect((await call.hangUp('completed', '1')).status).toBe(200);
    }
    storage = postgresStorage({ url });
  }, 120_000);
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await storage?.close();
    await twilio?.close();
  }, 60_000);

  it('ends every call as played, steps each once and sends every text once', async () => {
    const seed = Number(process.env.CHAOS_SEED ?? Date.now() % 1_000_000);
    const rand = random(seed);
    const victim = processes[2] as ServerProcess;
    let live = [...processes];
    let webhooks = 0;
    let failedOver = 0;
    let duplicated = 0;
    const serverErrors: string[] = [];
    const mismatched: string[] = [];
    const failures: string[] = [];

    const pick = (except?: ServerProcess) => {
      const choices = live.filter((p) => p !== except);
      return choices[Math.floor(rand() * choices.length)] as ServerProcess;
    };
    /** One attempt at one process: the answer, or null when the process is gone. */
    const attempt = async (p: ServerProcess, path: string, init: RequestInit) => {
      try {
        const res = await fetch(`${p.url}${path}`, {
          ...init,
          signal: AbortSignal.timeout(60_000),
        });
        const body = await res.text();
        if (res.status >= 500) serverErrors.push(`${res.status} ${path}: ${body}`);
        return { res, body };
      } catch (error) {
        failures.push(
          `${p === victim ? 'victim' : 'live'} ${path}: ${String((error as Error).cause ?? error)}`,
        );
        return null;
      }
    };
    /** As a load balancer: a random live process (or two at once), the next one when it fails. */
    const send = async (path: string, init: RequestInit): Promise<Response> => {
      webhooks += 1;
      let first = pick();
      let killing = false;
      if (webhooks === KILL_AT_WEBHOOK) {
        killing = true;
        // Sent to the victim, which dies before it can answer: this one must fail over.
        first = victim;
        live = live.filter((p) => p !== victim);
        void victim.kill();
      }
      for (let tries = 0; tries < 5; tries++) {
        const twice = !killing && rand() < 0.2 && live.length > 1;
        killing = false;
        if (twice) duplicated += 1;
        const targets = twice ? [first, pick(first)] : [first];
        const answers = await Promise.all(targets.map((p) => attempt(p, path, init)));
        const ok = answers.filter((a) => a !== null && a.res.status < 500);
        if (ok.length === 2 && ok[0]?.body !== ok[1]?.body) {
          mismatched.push(`${path}: ${ok[0]?.body} <> ${ok[1]?.body}`);
        }
        const answer = ok[0];
        if (answer) {
          const { status, headers } = answer.res;
          return new Response(answer.body, { status, headers });
        }
        failedOver += 1;
        first = pick();
      }
      throw new Error(`no process answered ${path}: ${failures.slice(-5).join('; ')}`);
    };

    const has = (reply: TwilioReply, verb: string) => reply.verbs.some((v) => v.name === verb);
    const audio = makeWav({ seconds: 2 });
    /** Plays one call as planned; returns the outcome its caller's actions must give. */
    const play = async (call: FakeTwilio, plan: Plan) => {
      const ringing = await call.ring();
      expect(ringing.status).toBe(200);
      const inHours = has(ringing, 'Dial');
      if (plan === 'answer' && inHours) {
        await call.answer(ringing);
        await call.act(ringing, 'Dial', { DialCallStatus: 'completed', DialCallDuration: '20' });
        await call.hangUp('completed', '25');
        return 'answered';
      }
      if (plan === 'voicemail') {
        const voicemail = inHours
          ? await call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' })
          : await call.act(ringing, 'Gather', { Digits: '1' });
        const sid = `RE${randomBytes(16).toString('hex')}`;
        const recording = { RecordingSid: sid, RecordingUrl: twilio.recordings.add(sid, audio) };
        const record = voicemail.verbs.find((v) => v.name === 'Record');
        await call.act(voicemail, 'Record', { ...recording, RecordingDuration: '2', Digits: '#' });
        await call.hangUp('completed', '40');
        const status = new URL(
          record?.attrs.recordingStatusCallback ?? '/webhooks/twilio/recording',
          PUBLIC_URL,
        );
        await call.post(status.pathname, {
          ...recording,
          RecordingStatus: 'completed',
          RecordingDuration: '2',
        });
        return 'voicemail';
      }
      // Gives up while the phones ring, or in the after-hours menu.
      if (inHours) await call.act(ringing, 'Dial', { DialCallStatus: 'canceled' });
      await call.hangUp('completed', '10');
      return 'abandoned';
    };

    const calls = Array.from({ length: CALLS }, (_, i) => ({
      plan: PLANS[i % PLANS.length] as Plan,
      call: new FakeTwilio(send, PUBLIC_URL, AUTH_TOKEN, `+1415555${4000 + i}`, DEMO_LINE),
    }));
    const expected = await Promise.all(calls.map(({ call, plan }) => play(call, plan)));

    const context = `seed ${seed}`;
    expect(victim.child.signalCode, context).toBe('SIGKILL');
    // At least the webhook sent as it died failed there and was answered by another.
    expect(failures.filter((f) => f.startsWith('victim')).length, context).toBeGreaterThan(0);
    expect(failedOver, context).toBeGreaterThan(0);
    expect(duplicated, context).toBeGreaterThan(10);
    expect(serverErrors, context).toEqual([]);
    expect(mismatched, context).toEqual([]);

    for (const [i, { call }] of calls.entries()) {
      const stored = await findCallByProviderId(storage, 'twilio', call.callSid);
      expect(stored, `${context}: call ${i}`).toMatchObject({
        status: 'ended',
        outcome: expected[i],
      });
      const replies = (await listCallEvents(storage, stored?.id ?? '')).filter(
        (e) => e.kind === 'instruction',
      );
      const steps = replies.map((e) => e.step);
      expect(steps, `${context}: call ${i} stepped twice`).toEqual([...new Set(steps)]);
    }

    // Every call but an answered one texts its caller once, whichever process worked the text.
    const texted = calls.filter((_, i) => expected[i] !== 'answered').map(({ call }) => call.from);
    const pendingTexts = async () =>
      (
        await storage.get<{ n: number }>(
          "SELECT count(*) AS n FROM outbox WHERE kind = 'sms' AND status = 'pending'",
        )
      )?.n;
    // In business hours a caller who hangs up while the phones ring has been moved on to the
    // voicemail step: the call ends waiting for a recording, and its text waits out the late-report
    // hold first. Out of hours nothing waits. The test passed or failed by the time of day.
    await vi.waitFor(async () => expect(await pendingTexts()).toBe(0), {
      timeout: (LATE_REPORT_HOLD_SECONDS + 30) * 1000,
      interval: 200,
    });
    // The warm-up calls' texts aside.
    const burst = new Set(calls.map(({ call }) => call.from));
    const received = new Map<string, number>();
    for (const m of twilio.messages) received.set(m.to, (received.get(m.to) ?? 0) + 1);
    for (const to of texted) expect(received.get(to), `${context}: texts to ${to}`).toBe(1);
    expect(
      twilio.messages.filter((m) => burst.has(m.to)),
      context,
    ).toHaveLength(texted.length);
    const sent = await storage.all<{ contact: string }>(
      "SELECT contact_number AS contact FROM messages WHERE direction = 'out' AND status = 'sent'",
    );
    const sentInBurst = sent.map((m) => m.contact).filter((c) => burst.has(c));
    expect(sentInBurst.sort(), context).toEqual([...texted].sort());
  }, 180_000);
});
