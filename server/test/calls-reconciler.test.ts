import { afterEach, describe, expect, it } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { callReconciler } from '../src/calls/reconciler.js';
import { findCallByProviderId, listCallEvents } from '../src/db/calls.js';
import type { Db } from '../src/db/database.js';
import { sqlOf } from '../src/db/sql/connection.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import type { FakeTwilio } from './support/fake-twilio.js';
import { AUTH_TOKEN, startTestServer, type TestServer } from './support/harness.js';

/**
 * Calls whose status callback was lost or could not be saved: the reconciler
 * asks a local fake of Twilio's REST API (real HTTP) and ends them as the
 * callback would have, against a real SQLite file.
 */
const ACCOUNT_SID = `AC${'cd'.repeat(16)}`;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);

  let twilio: FakeTwilioRest | undefined;
  let server: TestServer;
  afterEach(async () => {
    await server?.close();
    await twilio?.close();
    twilio = undefined;
  });

  async function start(withTwilio = true) {
    if (withTwilio) {
      twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
      server = await startTestServer({
        postgres,
        twilioRest: { url: twilio.url, accountSid: ACCOUNT_SID },
      });
    } else {
      server = await startTestServer({ postgres });
    }
    return callReconciler(server.deps);
  }

  const stored = async (call: FakeTwilio) =>
    await findCallByProviderId(server.deps.db, 'twilio', call.callSid);
  const notes = async (call: FakeTwilio) =>
    (await listCallEvents(server.deps.db, (await stored(call))?.id ?? ''))
      .filter((e) => e.kind === 'note')
      .map((e) => (e.data as { note: string }).note);

  /**
   * Makes the database refuse writes, or take them again. PostgreSQL has no
   * `query_only`: a trigger refuses every write to the calls and their trace.
   */
  async function refuseWrites(refuse: boolean) {
    const db = server.deps.db;
    if (kind === 'sqlite') {
      (db as Db).pragma(`query_only = ${refuse ? 'ON' : 'OFF'}`);
      return;
    }
    const sql = sqlOf(db);
    if (!refuse) {
      await sql.run('DROP FUNCTION test_refuse_writes() CASCADE');
      return;
    }
    await sql.run(
      "CREATE FUNCTION test_refuse_writes() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RAISE EXCEPTION ''writes refused''; END'",
    );
    for (const table of ['calls', 'call_snapshots', 'call_trace']) {
      await sql.run(
        `CREATE TRIGGER refuse_writes BEFORE INSERT OR UPDATE OR DELETE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION test_refuse_writes()`,
      );
    }
  }

  /** A call ringing the team whose status callback fails to save (the database refuses writes). */
  async function callWithLostCallback(from: string) {
    const call = server.call(from);
    await call.ring();
    await refuseWrites(true);
    expect((await call.hangUp('completed', '12')).status).toBe(200);
    await refuseWrites(false);
    expect(await stored(call)).toMatchObject({
      status: 'active',
      outcome: null,
      providerStatus: null,
    });
    expect(server.log.lines.some((l) => l.message === 'status callback failed')).toBe(true);
    return call;
  }

  async function deliverTexts() {
    await server.delivery.worker.drain();
    server.clock.advance(MINUTE + 1000);
    await server.delivery.worker.drain();
  }

  describe('the call reconciler', () => {
    it('ends a call whose status callback failed to save, as the callback would have, and its text goes out', async () => {
      const reconciler = await start();
      const fake = twilio as FakeTwilioRest;
      // The same call with its callback saved, for comparison.
      const control = server.call('+14155550190');
      await control.ring();
      await control.hangUp('completed', '12');
      await deliverTexts();
      expect(fake.messages.map((m) => m.to)).toEqual(['+14155550190']);

      const endedAt = server.clock.now();
      const call = await callWithLostCallback('+14155550191');
      fake.calls.set(call.callSid, { status: 'completed', duration: 12, endTime: endedAt });

      // Not quiet long enough to ask about yet.
      server.clock.advance(29 * MINUTE);
      expect(await reconciler.run()).toMatchObject({ ended: [], left: [] });
      expect(fake.calls.requests).toHaveLength(0);

      server.clock.advance(2 * MINUTE);
      const report = await reconciler.run();
      expect(report.ended).toEqual([{ callId: (await stored(call))?.id, status: 'completed' }]);
      expect(await stored(call)).toMatchObject({
        status: 'ended',
        outcome: (await stored(control))?.outcome,
        providerStatus: 'completed',
        durationSeconds: 12,
        endedAt: endedAt.toISOString(),
      });
      expect((await stored(control))?.outcome).toBe('abandoned');
      expect(await notes(call)).toContain(
        'No status callback was saved; Twilio says the call ended: completed',
      );

      await deliverTexts();
      expect(fake.messages.map((m) => m.to)).toEqual(['+14155550190', '+14155550191']);
      expect(fake.messages[1]?.body).toBe(fake.messages[0]?.body);
      // Ended: never asked about again.
      server.clock.advance(HOUR);
      await reconciler.run();
      expect(fake.calls.requests).toHaveLength(1);
    });

    it('leaves a call Twilio says is still in progress, asks again ten minutes later, and ends it once over', async () => {
      const reconciler = await start();
      const fake = twilio as FakeTwilioRest;
      const call = server.call();
      await call.ring();
      fake.calls.set(call.callSid, { status: 'in-progress' });

      server.clock.advance(31 * MINUTE);
      expect((await reconciler.run()).left).toEqual([(await stored(call))?.id]);
      expect(await stored(call)).toMatchObject({ status: 'active', outcome: null });
      server.clock.advance(5 * MINUTE);
      await reconciler.run();
      expect(fake.calls.requests).toHaveLength(1);

      server.clock.advance(5 * MINUTE);
      await reconciler.run();
      expect(fake.calls.requests).toHaveLength(2);
      expect((await stored(call))?.status).toBe('active');

      fake.calls.set(call.callSid, { status: 'no-answer', duration: 0 });
      server.clock.advance(10 * MINUTE);
      expect((await reconciler.run()).ended).toEqual([
        { callId: (await stored(call))?.id, status: 'no-answer' },
      ]);
      expect(await stored(call)).toMatchObject({ status: 'ended', providerStatus: 'no-answer' });
    });

    it('ends a call Twilio does not know (404) as failed, saying why', async () => {
      const reconciler = await start();
      const call = server.call();
      await call.ring();
      server.clock.advance(31 * MINUTE);
      expect((await reconciler.run()).ended).toEqual([
        { callId: (await stored(call))?.id, status: 'failed' },
      ]);
      expect(await stored(call)).toMatchObject({ status: 'ended', providerStatus: 'failed' });
      expect((await notes(call)).join('\n')).toContain(`Twilio has no call ${call.callSid} (404`);
    });

    it('without Twilio credentials, ends a quiet call only after 6 hours, saying so', async () => {
      const reconciler = await start(false);
      const call = server.call();
      await call.ring();
      server.clock.advance(31 * MINUTE);
      expect((await reconciler.run()).left).toEqual([(await stored(call))?.id]);
      server.clock.advance(5 * HOUR);
      await reconciler.run();
      expect((await stored(call))?.status).toBe('active');

      server.clock.advance(30 * MINUTE);
      expect((await reconciler.run()).ended).toEqual([
        { callId: (await stored(call))?.id, status: 'unknown' },
      ]);
      expect(await stored(call)).toMatchObject({ status: 'ended', outcome: 'abandoned' });
      expect((await notes(call)).join('\n')).toMatch(
        /^No status from Twilio; ended by Ringflow after 6 h without a webhook \(Twilio credentials are missing/m,
      );
    });
  });
});
