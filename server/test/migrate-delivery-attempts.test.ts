/**
 * Migration 011 rebuilds `outbox` and `messages` to allow 'unknown'; the
 * rows, their ids and every reference to them must come through unchanged.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../src/db/migrate.js';
import { enqueue, getOutbox } from '../src/db/outbox.js';

const T0 = '2026-11-23T15:00:00.000Z';

describe('migration 011 (delivery attempts)', () => {
  it('keeps rows, ids and references, and allows the unknown status', async () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of MIGRATIONS.filter((m) => m.version <= 10)) db.exec(m.sql);
    db.pragma('user_version = 10');
    db.prepare(
      `INSERT INTO outbox (id, kind, payload, idempotency_key, status, attempts, not_before, created_at, updated_at)
       VALUES (41, 'sms', '{}', 'old', 'pending', 1, ?, ?, ?)`,
    ).run(T0, T0, T0);
    db.prepare(
      `INSERT INTO messages (id, direction, author, contact_number, business_number, body, status, outbox_id, at)
       VALUES ('msg_1', 'out', 'team', '+14155550123', '+14155550100', 'Hi', 'scheduled', 41, ?)`,
    ).run(T0);
    db.prepare(
      `INSERT INTO auto_reply_decisions (id, contact_number, trigger, message_id, source, source_id,
         source_name, action, reason, detail, reply_message_id, at)
       VALUES ('d1', '+14155550123', 'incoming-text', 'msg_1', 'rule', 'r1', 'Rule', 'send', 'sent', 'x', 'msg_1', ?)`,
    ).run(T0);

    expect(migrate(db)).toEqual({ from: 10, to: MIGRATIONS.at(-1)?.version });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(
      db.prepare('SELECT message_id, reply_message_id FROM auto_reply_decisions').get(),
    ).toEqual({ message_id: 'msg_1', reply_message_id: 'msg_1' });
    expect(await getOutbox(db, 41)).toMatchObject({
      status: 'pending',
      attempts: 1,
      attemptStartedAt: null,
    });
    expect(await enqueue(db, { kind: 'sms', payload: {}, idempotencyKey: 'new', now: T0 })).toBe(
      42,
    );
    db.prepare(`UPDATE outbox SET status = 'unknown' WHERE id = 41`).run();
    db.prepare(`UPDATE messages SET status = 'unknown' WHERE id = 'msg_1'`).run();
    expect(() => db.prepare(`UPDATE outbox SET status = 'claimed'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE messages SET status = 'lost'`).run()).toThrow(/CHECK/);
    // Deleting a message still clears the decisions' references: the foreign keys survived.
    db.prepare(`DELETE FROM messages WHERE id = 'msg_1'`).run();
    expect(
      db.prepare('SELECT message_id, reply_message_id FROM auto_reply_decisions').get(),
    ).toEqual({ message_id: null, reply_message_id: null });
    db.close();
  });
});
