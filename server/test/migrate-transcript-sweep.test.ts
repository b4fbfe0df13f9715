/**
 * Migration 017 replaces the queued deadline of Twilio's transcripts with a
 * sweep: a voicemail whose deadline was still queued is swept as it would
 * have been, its row is cancelled, and one already answered is left alone.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../src/clock.js';
import { MIGRATIONS, migrate } from '../src/db/migrate.js';
import { getVoicemail } from '../src/db/voicemails.js';
import { memoryLogger } from '../src/logger.js';
import { expireLateTwilioTranscripts } from '../src/speech/twilio-transcript-deadline.js';

const LEFT = '2026-11-30T10:00:00.000Z';

function atVersion16() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of MIGRATIONS.filter((m) => m.version <= 16)) db.exec(m.sql);
  db.pragma('user_version = 16');
  const voicemail = db.prepare(
    `INSERT INTO voicemails (id, caller_number, business_number, provider, provider_recording_id,
       provider_recording_url, at, transcript_status)
     VALUES (?, '+14155550123', '+14155550100', 'twilio', ?, 'https://api.twilio.com/r', ?, ?)`,
  );
  voicemail.run('vm_waiting', 'RE1', LEFT, 'pending');
  voicemail.run('vm_done', 'RE2', LEFT, 'done');
  const deadline = db.prepare(
    `INSERT INTO outbox (kind, payload, idempotency_key, status, not_before, created_at, updated_at)
     VALUES ('twilio-transcript-deadline', ?, ?, ?, '2026-11-30T10:30:00.000Z', ?, ?)`,
  );
  for (const [id, status] of [
    ['vm_waiting', 'pending'],
    ['vm_done', 'cancelled'],
  ] as const) {
    deadline.run(
      JSON.stringify({ voicemailId: id }),
      `twilio-transcript-deadline:${id}`,
      status,
      LEFT,
      LEFT,
    );
  }
  return db;
}

describe('migration 017 (the sweep of late transcripts)', () => {
  it('hands a queued deadline to the sweep and cancels its row', async () => {
    const db = atVersion16();
    expect(migrate(db)).toEqual({ from: 16, to: MIGRATIONS.at(-1)?.version });
    const rows = db
      .prepare('SELECT idempotency_key AS key, status, last_error AS error FROM outbox ORDER BY id')
      .all();
    expect(rows).toEqual([
      {
        key: 'twilio-transcript-deadline:vm_waiting',
        status: 'cancelled',
        error: 'Replaced by the sweep of late transcripts',
      },
      { key: 'twilio-transcript-deadline:vm_done', status: 'cancelled', error: null },
    ]);

    const clock = manualClock('2026-11-30T10:29:00.000Z');
    const deps = { db, clock, log: memoryLogger() };
    expect(await expireLateTwilioTranscripts(deps)).toEqual([]);
    clock.advance(60_000);
    expect(await expireLateTwilioTranscripts(deps)).toEqual(['vm_waiting']);
    expect(await getVoicemail(db, 'vm_waiting')).toMatchObject({
      transcriptStatus: 'failed',
      transcriptEngine: 'twilio',
      transcriptError: 'Twilio did not send a transcription within 30 minutes',
    });
    expect((await getVoicemail(db, 'vm_done'))?.transcriptStatus).toBe('done');
  });
});
