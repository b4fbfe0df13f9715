import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callReconciler } from '../src/calls/reconciler.js';
import { REFUSALS_FILE } from '../src/calls/refusals.js';
import { findCallByProviderId, listCallEvents } from '../src/db/calls.js';
import type { Db } from '../src/db/database.js';
import { startTestServer, type TestServer } from './support/harness.js';

/**
 * Storage failures over real HTTP and a real SQLite file: the database made
 * full for real (`PRAGMA max_page_count`, SQLite then answers SQLITE_FULL) or
 * read-only (`PRAGMA query_only`, SQLITE_READONLY, as with immutable files).
 */
let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const get = async (path: string) => {
  const res = await server.send(path, {});
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const healthRow = () =>
  (server.deps.db as Db).prepare('SELECT checked_at FROM health WHERE id = 1').pluck().get() as
    | string
    | undefined;

/** Makes the database full: it may not grow, and the free room in its last pages is used up. */
function fillDatabase() {
  const db = server.deps.db as Db;
  db.exec('CREATE TABLE filler (x BLOB)');
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
  for (const size of [4000, 1000, 100, 10]) {
    try {
      for (;;) db.prepare('INSERT INTO filler VALUES (randomblob(?))').run(size);
    } catch (error) {
      expect((error as { code: string }).code).toBe('SQLITE_FULL');
    }
  }
  return () => {
    db.exec('DROP TABLE filler');
    db.pragma('max_page_count = 1073741823');
  };
}

describe('/healthz and /readyz', () => {
  it('are both ok on a healthy server, and /readyz writes at most once a second', async () => {
    expect(await get('/healthz')).toMatchObject({ status: 200, body: { ok: true } });
    expect(await get('/readyz')).toMatchObject({ status: 200, body: { ok: true } });
    const first = healthRow();
    expect(first).toBe(server.clock.now().toISOString());
    server.clock.advance(900);
    expect((await get('/readyz')).status).toBe(200);
    expect(healthRow()).toBe(first);
    server.clock.advance(200);
    expect((await get('/readyz')).status).toBe(200);
    expect(healthRow()).toBe(server.clock.now().toISOString());
  });

  it('says not ready (503, with the reason) while the disk is full, alive all along, ready after', async () => {
    const free = fillDatabase();
    server.clock.advance(1000);
    const full = await get('/readyz');
    expect(full.status).toBe(503);
    expect(full.body).toMatchObject({ ok: false });
    expect(full.body.reason).toMatch(/database is nearly full.*max_page_count/);
    expect(await get('/healthz')).toMatchObject({ status: 200, body: { ok: true } });

    free();
    // Cached for a second: still the answer from the full disk.
    expect((await get('/readyz')).status).toBe(503);
    server.clock.advance(1000);
    expect(await get('/readyz')).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('says not ready when the database cannot be written at all (SQLITE_READONLY)', async () => {
    (server.deps.db as Db).pragma('query_only = ON');
    const readOnly = await get('/readyz');
    expect(readOnly.status).toBe(503);
    expect(readOnly.body.reason).toMatch(/cannot be written \(SQLITE_READONLY\)/);
    expect((await get('/healthz')).status).toBe(200);
    (server.deps.db as Db).pragma('query_only = OFF');
    server.clock.advance(1000);
    expect((await get('/readyz')).status).toBe(200);
  });
});

describe('calls refused while storage fails', () => {
  it('reach the call log as rejected, "storage unavailable", once the disk has room again', async () => {
    const free = fillDatabase();
    // The first calls may still fit in room left inside the call tables' pages; a full disk
    // refuses one soon after. Every refused caller hears the apology.
    const refused = [];
    for (let i = 0; i < 20 && refused.length < 2; i++) {
      const call = server.call(`+1415555${String(1000 + i)}`);
      const reply = await call.ring();
      expect(reply.status).toBe(200);
      if (!(await findCallByProviderId(server.deps.db, 'twilio', call.callSid))) {
        expect(reply.verbs.map((v) => v.name)).toEqual(['Say', 'Hangup']);
        refused.push(call);
      }
    }
    expect(refused).toHaveLength(2);
    expect(existsSync(join(server.deps.config.dataDir, REFUSALS_FILE))).toBe(true);

    const reconciler = callReconciler(server.deps);
    // Still failing (here the database refuses every write: a refusal's small rows can
    // fit in room left inside pages of a full one): nothing is lost, nothing is added.
    (server.deps.db as Db).pragma('query_only = ON');
    expect((await reconciler.run()).refusalsLogged).toBe(0);
    (server.deps.db as Db).pragma('query_only = OFF');
    free();
    expect((await reconciler.run()).refusalsLogged).toBe(2);
    expect(existsSync(join(server.deps.config.dataDir, REFUSALS_FILE))).toBe(false);
    for (const call of refused) {
      const logged = await findCallByProviderId(server.deps.db, 'twilio', call.callSid);
      expect(logged).toMatchObject({ status: 'ended', outcome: 'rejected', from: call.from });
      const events = await listCallEvents(server.deps.db, logged?.id ?? '');
      expect(events.find((e) => e.kind === 'instruction')?.data).toEqual({
        type: 'apology',
        reason: 'storage unavailable',
      });
      expect(JSON.stringify(events)).toContain('SQLITE_FULL');
    }
    // Once only.
    expect((await reconciler.run()).refusalsLogged).toBe(0);

    const admin = await server.admin();
    const log = await admin<{ calls: { providerCallId: string; outcome: string }[] }>(
      'GET',
      '/calls?outcome=rejected',
    );
    expect(log.body.calls.map((c) => c.providerCallId).sort()).toEqual(
      refused.map((c) => c.callSid).sort(),
    );
  });

  it('keeps a call refused by a read-only database, and a retry that got through is not logged twice', async () => {
    (server.deps.db as Db).pragma('query_only = ON');
    const lost = server.call('+14155557001');
    const retried = server.call('+14155557002');
    expect((await lost.ring()).verbs.map((v) => v.name)).toEqual(['Say', 'Hangup']);
    expect((await retried.ring()).verbs.map((v) => v.name)).toEqual(['Say', 'Hangup']);
    (server.deps.db as Db).pragma('query_only = OFF');
    // Twilio retries the second one (a fallback URL or #rc), and now it is stored.
    expect((await retried.ring()).verbs.map((v) => v.name)).toContain('Dial');

    expect((await callReconciler(server.deps).run()).refusalsLogged).toBe(1);
    expect(await findCallByProviderId(server.deps.db, 'twilio', lost.callSid)).toMatchObject({
      outcome: 'rejected',
    });
    expect(await findCallByProviderId(server.deps.db, 'twilio', retried.callSid)).toMatchObject({
      status: 'active',
    });
    expect(server.log.lines.some((e) => e.message === 'call refused: kept for the call log')).toBe(
      true,
    );
  });
});
