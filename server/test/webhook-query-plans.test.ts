import { afterEach, beforeEach, expect, it } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { makeWav } from '../../test/fakes/wav.js';
import type { Db } from '../src/db/database.js';
import { AUTH_TOKEN, startTestServer, type TestServer } from './support/harness.js';
import { planOf, recordStatements } from './support/query-plans.js';

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
let recording: ReturnType<typeof recordStatements>;
beforeEach(async () => {
  twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  server = await startTestServer({ twilioRest: { url: twilio.url, accountSid: ACCOUNT_SID } });
  recording = recordStatements(server.deps.db as Db);
});
afterEach(async () => {
  recording.stop();
  await server.close();
  await twilio.close();
});

/** Each statement run, with its plan. */
function plans(db: Db): { sql: string; plan: string[] }[] {
  return [...recording.sources]
    .filter((sql) => /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(sql))
    .map((sql) => ({ sql: sql.replace(/\s+/g, ' ').trim(), plan: planOf(db, sql) }));
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
