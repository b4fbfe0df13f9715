/**
 * Migrations 014 and 015 move a call's trace into `call_trace` and a live
 * call's snapshot into `call_snapshots`; every entry, its order, its instant
 * and the exact reply sent must come through, and the call must go on.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendCallEvent,
  findStepResponse,
  getCall,
  listCallEvents,
  updateCall,
} from '../src/db/calls.js';
import { MIGRATIONS, migrate } from '../src/db/migrate.js';
import { PACKED, packText, unpackText } from '../src/db/packed-text.js';

const T0 = '2026-11-23T15:00:00.000Z';
const T1 = '2026-11-23T15:00:09.000Z';
const TWIML =
  '<?xml version="1.0" encoding="UTF-8"?><Response><Dial timeout="25" action="https://rf.example.com/webhooks/twilio/voice/action?step=0&amp;kind=dial"><Number>+14155550101</Number></Dial></Response>';

function atVersion13() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of MIGRATIONS.filter((m) => m.version <= 13)) db.exec(m.sql);
  db.pragma('user_version = 13');
  const call = db.prepare(
    `INSERT INTO calls (id, provider, provider_call_id, from_number, to_number, snapshot, step, status, started_at)
     VALUES (?, 'twilio', ?, '+14155550123', '+14155550100', ?, 1, ?, ?)`,
  );
  call.run('call_live', 'CA1', JSON.stringify({ value: 'ring-team', context: {} }), 'active', T0);
  call.run('call_done', 'CA2', null, 'ended', T0);
  const event = db.prepare(
    'INSERT INTO call_events (call_id, step, kind, at, data, response) VALUES (?, ?, ?, ?, ?, ?)',
  );
  event.run('call_live', 0, 'webhook', T0, '{"CallStatus":"ringing"}', null);
  event.run('call_done', 0, 'webhook', T0, '{"CallStatus":"ringing"}', null);
  event.run('call_live', 0, 'event', T0, '{"type":"START","entered":["start"]}', null);
  event.run('call_live', 0, 'instruction', T0, '{"instruction":{"type":"dial"}}', TWIML);
  event.run('call_live', 0, 'note', T1, '{"note":"later"}', null);
  return db;
}

describe('migrations 014 and 015 (call trace, live snapshots)', () => {
  it('keep every trace entry in order with its instant and exact reply, and the live snapshot', async () => {
    const db = atVersion13();
    expect(migrate(db)).toEqual({ from: 13, to: MIGRATIONS.at(-1)?.version });
    expect(db.pragma('foreign_key_check')).toEqual([]);

    const events = await listCallEvents(db, 'call_live');
    expect(events.map((e) => [e.kind, e.at, e.data, e.response])).toEqual([
      ['webhook', T0, { CallStatus: 'ringing' }, null],
      ['event', T0, { type: 'START', entered: ['start'] }, null],
      ['instruction', T0, { instruction: { type: 'dial' } }, TWIML],
      ['note', T1, { note: 'later' }, null],
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(4);
    expect(await findStepResponse(db, 'call_live', 0)).toBe(TWIML);
    expect(await listCallEvents(db, 'call_done')).toHaveLength(1);

    expect((await getCall(db, 'call_live'))?.snapshot).toEqual({ value: 'ring-team', context: {} });
    expect((await getCall(db, 'call_done'))?.snapshot).toBeNull();
    expect(db.prepare('SELECT COUNT(*) AS n FROM call_snapshots').get()).toEqual({ n: 1 });

    // The call goes on: new entries follow the old ones; ending it removes its snapshot.
    await appendCallEvent(db, {
      callId: 'call_live',
      step: 1,
      kind: 'note',
      at: T1,
      data: { note: 'after' },
      response: null,
    });
    expect((await listCallEvents(db, 'call_live')).at(-1)?.data).toEqual({ note: 'after' });
    await updateCall(db, 'call_live', {
      snapshot: null,
      step: 2,
      status: 'ended',
      outcome: 'missed',
      result: null,
    });
    expect(db.prepare('SELECT COUNT(*) AS n FROM call_snapshots').get()).toEqual({ n: 0 });
    // Deleting a call still deletes its trace.
    db.prepare("DELETE FROM calls WHERE id = 'call_live'").run();
    expect(await listCallEvents(db, 'call_live')).toEqual([]);
  });
});

describe('a packed text', () => {
  it('comes back exactly as it was written, and is a fraction of its size', () => {
    const entries = JSON.stringify([
      ['webhook', { CallStatus: 'in-progress', DialCallStatus: 'busy' }],
      ['event', { type: 'DIAL_RESULT', status: 'busy', entered: ['after-hours-menu'] }],
    ]);
    for (const [format, text] of [
      [PACKED.twiml, TWIML],
      [PACKED.trace, entries],
    ] as const) {
      const packed = packText(format, text);
      expect(unpackText(packed)).toBe(text);
      expect(packed.length).toBeLessThan(text.length / 2);
    }
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.constantFrom(PACKED.twiml, PACKED.trace),
        (text, format) => {
          expect(unpackText(packText(format, text))).toBe(text);
        },
      ),
    );
    expect(unpackText('kept as text')).toBe('kept as text');
    expect(() => unpackText(Buffer.from([9, 1, 2]))).toThrow(/Unknown packed text format 9/);
  });
});
