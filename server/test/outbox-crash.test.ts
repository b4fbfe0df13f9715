/**
 * The chaos case behind "no text lost or doubled": the real server process
 * is killed with SIGKILL while texts are in flight (Twilio has created them,
 * the answers have not come back), then started again on the same data
 * directory. Every contact must get exactly one text, with a fake Twilio
 * that does NOT honour idempotency tokens, as nothing documents that it does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { openDatabase } from '../src/db/database.js';
import { queueTeamText } from '../src/outbox/sms.js';
import { ACCOUNT_SID, AUTH_TOKEN } from './support/outbox-harness.js';
import { startServerProcess } from './support/server-process.js';

const CONTACTS = Array.from({ length: 20 }, (_, i) => `+1415555${String(3000 + i)}`);
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a server killed mid-send', () => {
  it('sends every contact exactly one text after kill -9 and a restart', async () => {
    const twilio = await startFakeTwilio({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      idempotencyTokens: false,
    });
    cleanups.push(() => twilio.close());
    const dataDir = mkdtempSync(join(tmpdir(), 'ringflow-crash-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const databaseFile = join(dataDir, 'ringflow.db');

    const db = openDatabase(databaseFile);
    const now = new Date();
    for (const to of CONTACTS) {
      const body = 'Sorry we missed your call.';
      await queueTeamText(db, {
        numberId: null,
        from: '+14155550100',
        to,
        body,
        idempotencyKey: `crash:${to}`,
        at: now.toISOString(),
      });
    }
    db.close();

    const env = {
      RINGFLOW_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_API_BASE_URL: twilio.url,
      OUTBOX_CONCURRENCY: '8',
      OUTBOX_LEASE_SECONDS: '1',
    };
    // Twilio creates each text at once and answers a minute later: sends stay in flight.
    twilio.answerDelay(60_000);
    const first = await startServerProcess(env);
    cleanups.push(() => first.kill());
    await vi.waitFor(() => expect(twilio.messages.length).toBe(8), { timeout: 30_000 });
    await first.kill();

    twilio.answerDelay(0);
    const second = await startServerProcess(env);
    cleanups.push(() => second.kill());
    const statuses = () => {
      const reader = new Database(databaseFile, { readonly: true });
      try {
        return reader
          .prepare(
            `SELECT o.status AS outbox, m.status AS message, m.contact_number AS contact,
               m.provider_message_id AS sid
             FROM outbox o JOIN messages m ON m.outbox_id = o.id ORDER BY m.contact_number`,
          )
          .all() as { outbox: string; message: string; contact: string; sid: string | null }[];
      } finally {
        reader.close();
      }
    };
    await vi.waitFor(
      () => expect(statuses().every((s) => s.outbox === 'sent' && s.message === 'sent')).toBe(true),
      { timeout: 30_000, interval: 100 },
    );

    const received = new Map<string, string[]>();
    for (const m of twilio.messages) received.set(m.to, [...(received.get(m.to) ?? []), m.sid]);
    for (const to of CONTACTS) expect(received.get(to), to).toHaveLength(1);
    expect(twilio.messages).toHaveLength(20);
    // The eight in flight at the kill were found at Twilio, not sent again.
    expect(twilio.requests.filter((r) => r.method === 'POST')).toHaveLength(20);
    for (const row of statuses()) expect(row.sid).toBe(received.get(row.contact)?.[0]);
  }, 90_000);
});
