/**
 * Migration 020 rebuilds the call trace with its instants as integers, 021
 * drops two indexes no query reads, 022 rebuilds the outbox with integer
 * instants. Every trace entry keeps its order,
 * instant (to the millisecond) and exact reply, rows from before the packed
 * trace included; the reconciler still finds a quiet call by its last
 * webhook; the guards still find a contact's texts; every outbox row keeps
 * its id, instants and state, a due row is still claimed, and an id is never
 * given twice.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  appendCallEvent,
  findQuietActiveCalls,
  findStepResponse,
  listCallEvents,
} from '../src/db/calls.js';
import { contactFacts } from '../src/db/messages.js';
import { MIGRATIONS, migrate } from '../src/db/migrate.js';
import { claimDue, enqueue, getOutbox } from '../src/db/outbox.js';
import { PACKED, packText } from '../src/db/packed-text.js';

const T0 = '2026-11-23T15:00:00.000Z';
const T1 = '2026-11-23T15:00:09.123Z';
const T2 = '2026-11-23T15:00:09.999Z';
const TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>';

function atVersion19() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of MIGRATIONS.filter((m) => m.version <= 19)) db.exec(m.sql);
  db.pragma('user_version = 19');
  const call = db.prepare(
    `INSERT INTO calls (id, provider, provider_call_id, from_number, to_number, step, status, started_at)
     VALUES (?, 'twilio', ?, '+14155550123', '+14155550100', 1, ?, ?)`,
  );
  call.run('call_live', 'CA1', 'active', T0);
  call.run('call_quiet', 'CA2', 'active', T0);
  const trace = db.prepare(
    'INSERT INTO call_trace (call_id, n, step, at, entries, response) VALUES (?, ?, ?, ?, ?, ?)',
  );
  // A row moved over from call_events by migration 14 (text), then two packed ones.
  trace.run('call_live', 0, 0, T0, '[["webhook",{"CallStatus":"ringing"}]]', null);
  trace.run(
    'call_live',
    1,
    0,
    T1,
    packText(PACKED.trace, '[["event",{"type":"START"}],["instruction",{"type":"hangup"}]]'),
    packText(PACKED.twiml, TWIML),
  );
  trace.run('call_live', 2, 1, T2, packText(PACKED.trace, '[["note",{"n":1}]]'), null);
  db.prepare(
    `INSERT INTO phone_numbers (id, number, name, created_at)
     VALUES ('num_1', '+14155550100', 'Main', ?)`,
  ).run(T0);
  db.prepare(
    `INSERT INTO messages (id, phone_number_id, direction, author, contact_number, business_number,
       body, status, at)
     VALUES ('msg_in', 'num_1', 'in', 'contact', '+14155550123', '+14155550100', 'Hi', 'received', ?)`,
  ).run(T1);
  return db;
}

const indexNames = (db: Database.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]
  ).map((r) => r.name);

describe('migrations 020 and 021 (trace instants as integers, unused indexes)', () => {
  it('keep every trace entry with its instant to the millisecond and its exact reply', async () => {
    const db = atVersion19();
    expect(migrate(db)).toEqual({ from: 19, to: MIGRATIONS.at(-1)?.version });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT DISTINCT typeof(at) AS type FROM call_trace').all()).toEqual([
      { type: 'integer' },
    ]);
    expect(
      (await listCallEvents(db, 'call_live')).map((e) => [e.step, e.kind, e.at, e.data]),
    ).toEqual([
      [0, 'webhook', T0, { CallStatus: 'ringing' }],
      [0, 'event', T1, { type: 'START' }],
      [0, 'instruction', T1, { type: 'hangup' }],
      [1, 'note', T2, { n: 1 }],
    ]);
    expect(await findStepResponse(db, 'call_live', 0)).toBe(TWIML);

    // The call goes on: a new entry follows, at its own instant.
    const T3 = '2026-11-23T15:01:00.007Z';
    await appendCallEvent(db, {
      callId: 'call_live',
      step: 2,
      kind: 'note',
      at: T3,
      data: { n: 2 },
      response: null,
    });
    expect((await listCallEvents(db, 'call_live')).at(-1)).toMatchObject({
      at: T3,
      data: { n: 2 },
    });
  });

  it('lets the reconciler find quiet calls by their last webhook, as text instants', async () => {
    const db = atVersion19();
    migrate(db);
    // call_quiet has no trace: its start counts; call_live's last entry is T2.
    expect(
      (await findQuietActiveCalls(db, '2026-11-23T16:00:00.000Z', 10)).map((q) => [
        q.call.id,
        q.lastActivityAt,
      ]),
    ).toEqual([
      ['call_quiet', T0],
      ['call_live', T2],
    ]);
    expect((await findQuietActiveCalls(db, T2, 10)).map((q) => q.call.id)).toEqual(['call_quiet']);
  });

  it('drops the two unused indexes, and the guards still find the texts received', async () => {
    const db = atVersion19();
    migrate(db);
    expect(indexNames(db)).not.toContain('voicemails_number');
    expect(indexNames(db)).not.toContain('messages_contact');
    expect(
      await contactFacts(db, {
        numberId: 'num_1',
        contact: '+14155550123',
        since: T0,
        now: T2,
      }),
    ).toMatchObject({ recentInboundAt: [T1], hasTextedBefore: true });
  });
});

describe('migration 022 (outbox instants as integers)', () => {
  const LATER = '2026-11-23T15:30:00.500Z';

  function withOutbox() {
    const db = atVersion19();
    const row = db.prepare(
      `INSERT INTO outbox (id, kind, payload, idempotency_key, status, attempts, not_before,
         last_error, created_at, sent_at, result, updated_at, attempt_started_at)
       VALUES (?, 'sms', '{"message":"msg_1"}', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    row.run(1, 'sent', 'sent', 1, T0, null, T0, T1, '{"sid":"SM1"}', T1, null);
    row.run(2, 'due', 'pending', 1, T1, 'timed out', T0, null, null, T1, T1);
    row.run(3, 'later', 'pending', 0, LATER, null, T0, null, null, T0, null);
    row.run(7, 'gone', 'cancelled', 0, T0, null, T0, null, null, T0, null);
    db.prepare('DELETE FROM outbox WHERE id = 7').run();
    return db;
  }

  it('keeps every row with its instants, and a due row is claimed as before', async () => {
    const db = withOutbox();
    migrate(db);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(
      db
        .prepare('SELECT DISTINCT typeof(not_before) AS a, typeof(created_at) AS b FROM outbox')
        .all(),
    ).toEqual([{ a: 'integer', b: 'integer' }]);
    expect(await getOutbox(db, 1)).toMatchObject({
      status: 'sent',
      notBefore: T0,
      createdAt: T0,
      sentAt: T1,
      updatedAt: T1,
      result: { sid: 'SM1' },
      attemptStartedAt: null,
    });
    expect(await getOutbox(db, 2)).toMatchObject({
      status: 'pending',
      notBefore: T1,
      lastError: 'timed out',
      attemptStartedAt: T1,
    });
    // Due by T2: row 2 only (claimed for an hour); row 3 waits for LATER.
    expect((await claimDue(db, T2, { leaseSeconds: 3600 })).map((r) => r.idempotencyKey)).toEqual([
      'due',
    ]);
    expect((await claimDue(db, LATER)).map((r) => r.idempotencyKey)).toEqual(['later']);
  });

  it('never gives a deleted row’s id again', async () => {
    const db = withOutbox();
    migrate(db);
    expect(await enqueue(db, { kind: 'sms', payload: {}, idempotencyKey: 'new', now: T2 })).toBe(8);
  });
});
