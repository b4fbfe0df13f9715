import type { Statement } from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { makeWav } from '../../test/fakes/wav.js';
import type { Db } from '../src/db/database.js';
import { AUTH_TOKEN, startTestServer, type TestServer } from './support/harness.js';

/**
 * Every statement a call runs, from its first webhook to the outbox's last
 * delivery, and a text's, as SQLite plans it (without statistics, as in
 * production): none may read a table that grows with the business's history
 * whole, or through an index that holds all of a number's history. A new
 * index once made SQLite read every call to the number at each call's end.
 */
const GROWING = 'calls|call_snapshots|call_trace|messages|voicemails|auto_reply_decisions|outbox';
/** Indexes whose one equality is the number (or nothing): a SEARCH by them alone reads a number's history. */
const WHOLE_HISTORY =
  /USING (COVERING )?INDEX (calls_number|voicemails_number|auto_reply_decisions_number) \(phone_number_id=\?\)$/;

const ACCOUNT_SID = `AC${'9b'.repeat(16)}`;
const RECORDING_SID = `RE${'4c'.repeat(16)}`;
let twilio: FakeTwilioRest;
let server: TestServer;
let sources: Set<string>;
let restore: () => void;
beforeEach(async () => {
  twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  server = await startTestServer({ twilioRest: { url: twilio.url, accountSid: ACCOUNT_SID } });
  const db = server.deps.db as Db;
  sources = new Set();
  // Statements are prepared once and cached: what runs is recorded, not what is prepared.
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Statement;
  const originals = (['run', 'get', 'all', 'iterate'] as const).map((name) => {
    const original = proto[name] as (...args: unknown[]) => unknown;
    (proto as unknown as Record<string, unknown>)[name] = function (
      this: Statement,
      ...args: unknown[]
    ) {
      sources.add(this.source);
      return original.apply(this, args);
    };
    return [name, original] as const;
  });
  restore = () => {
    for (const [name, original] of originals)
      (proto as unknown as Record<string, unknown>)[name] = original;
  };
});
afterEach(async () => {
  restore();
  await server.close();
  await twilio.close();
});

/** Each statement's plan, its parameters bound to NULL (plans here do not depend on values). */
function plans(db: Db): { sql: string; plan: string[] }[] {
  return [...sources]
    .filter((sql) => /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(sql))
    .map((sql) => {
      const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map((m) => [m[1], null]));
      const positional = (sql.replace(/'[^']*'/g, '').match(/\?/g) ?? []).map(() => null);
      const statement = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
      const rows = (
        Object.keys(named).length > 0 ? statement.all(named) : statement.all(...positional)
      ) as { detail: string }[];
      return { sql: sql.replace(/\s+/g, ' ').trim(), plan: rows.map((r) => r.detail) };
    });
}

it('reads no growing table whole, nor a whole number history, on calls, their deliveries or a text', async () => {
  const recording = twilio.recordings.add(RECORDING_SID, makeWav({ seconds: 1 }));
  const left = await server
    .call('+14155551000')
    .leaveVoicemail({ sid: RECORDING_SID, url: recording, seconds: 1 });
  expect(left.callback.status).toBe(200);
  // A call someone answers, from another caller.
  const answered = server.call('+14155552000');
  const rings = await answered.ring();
  await answered.answer(rings);
  await answered.act(rings, 'Dial', { DialCallStatus: 'completed', DialCallDuration: '95' });
  await answered.hangUp('completed', '120');
  await server.text('Are you open on Sunday?', '+14155559876');
  // Past the hold for late reports: the texts and the recording's copy go out.
  server.clock.advance(60 * 60_000);
  await server.delivery.worker.drain();

  const all = plans(server.deps.db as Db);
  // Read after the plans, so this check's own statement is not among them.
  const outbox = (server.deps.db as Db).prepare('SELECT kind, status FROM outbox').all();
  expect(outbox.length).toBeGreaterThanOrEqual(2);
  expect(outbox.every((job) => (job as { status: string }).status === 'sent')).toBe(true);
  expect(all.length).toBeGreaterThan(20);
  const growing = new RegExp(`^SCAN (${GROWING})\\b`);
  const bad = all.filter(({ plan }) =>
    plan.some((step) => growing.test(step) || WHOLE_HISTORY.test(step)),
  );
  expect(bad).toEqual([]);
});
