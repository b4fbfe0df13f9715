import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueApiToken } from '../src/auth/api-tokens.js';
import { listDecisions } from '../src/db/auto-replies.js';
import { getCall, listCallEvents } from '../src/db/calls.js';
import { getMessage } from '../src/db/messages.js';
import { createNumber } from '../src/db/numbers.js';
import { enqueue, getOutbox } from '../src/db/outbox.js';
import { markSent } from '../src/db/outbox-outcomes.js';
import { type Connection, transaction } from '../src/db/sql/connection.js';
import { recordTranscript } from '../src/db/voicemail-transcripts.js';
import { getVoicemail } from '../src/db/voicemails.js';
import { startRetentionJob } from '../src/retention/retention-job.js';
import { BATCH, runRetention } from '../src/retention/run-retention.js';
import { type ApiHarness, apiHarness } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import { addCall, addDecision, addText, addVoicemail } from './support/history.js';

/**
 * The retention job on a real SQLite file and real recording files, its
 * settings set through the admin API, run directly on a clock the test moves.
 */
const OLD = '2026-10-01T12:00:00.000Z';
const RECENT = '2026-11-20T12:00:00.000Z';

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);

  let h: ApiHarness<Connection>;
  beforeEach(async () => {
    h = await apiHarness({ at: OLD, postgres });
  });
  afterEach(() => h.close());

  const dataDir = () => h.deps.config.dataDir;
  const setRetention = (body: unknown, as?: Parameters<ApiHarness['send']>[3]) =>
    h.send('PUT', '/settings/retention', body, as);

  async function history() {
    const number = await createNumber(
      h.db,
      {
        number: '+14155550100',
        name: 'Main',
        flowId: null,
        scheduleId: null,
        businessName: 'Acme',
      },
      OLD,
    );
    const oldCall = await addCall(h.db, OLD, { numberId: number.id });
    const oldVoicemail = await addVoicemail(h.db, dataDir(), OLD, { callId: oldCall });
    await recordTranscript(h.db, oldVoicemail.id, {
      status: 'done',
      text: 'Call me back',
      error: null,
    });
    const activeCall = await addCall(h.db, OLD, { status: 'active' });
    const oldText = await addText(h.db, OLD, 'Are you open?', { numberId: number.id });
    const oldDecision = await addDecision(h.db, OLD, number.id, oldText);
    const recentCall = await addCall(h.db, RECENT, { numberId: number.id });
    const recentVoicemail = await addVoicemail(h.db, dataDir(), RECENT, { callId: recentCall });
    const recentText = await addText(h.db, RECENT, 'Thanks!', { numberId: number.id });
    return {
      number,
      oldCall,
      oldVoicemail,
      activeCall,
      oldText,
      oldDecision,
      recentCall,
      recentVoicemail,
      recentText,
    };
  }

  describe('the retention job', () => {
    it('deletes nothing before the periods pass, then recordings, texts and calls as each one passes', async () => {
      const data = await history();
      const put = await setRetention({ voicemailDays: 30, callDays: 60, messageDays: 30 });
      expect(put.status).toBe(200);

      // 14 days on: everything is younger than its period.
      h.clock.set('2026-10-15T00:00:00.000Z');
      expect(await runRetention(h.deps)).toEqual({
        at: '2026-10-15T00:00:00.000Z',
        voicemails: 0,
        calls: 0,
        messages: 0,
      });
      expect(existsSync(data.oldVoicemail.path)).toBe(true);
      expect((await getVoicemail(h.db, data.oldVoicemail.id))?.audioStatus).toBe('stored');

      // 35 days on: the old recording and the old text are past 30 days; calls have 60.
      h.clock.set('2026-11-05T03:00:00.000Z');
      expect(await runRetention(h.deps)).toEqual({
        at: '2026-11-05T03:00:00.000Z',
        voicemails: 1,
        calls: 0,
        messages: 1,
      });
      expect(existsSync(data.oldVoicemail.path)).toBe(false);
      expect(await getVoicemail(h.db, data.oldVoicemail.id)).toMatchObject({
        audioStatus: 'deleted',
        audioFile: null,
        audioDeletedAt: '2026-11-05T03:00:00.000Z',
        audioDeletedReason: 'retention',
        transcript: null,
        callId: data.oldCall,
      });
      const notes = (await listCallEvents(h.db, data.oldCall)).filter((e) => e.kind === 'note');
      expect(notes.map((e) => e.data)).toEqual([
        { note: 'Recording deleted by retention on 2026-11-05' },
      ]);
      expect(await getMessage(h.db, data.oldText)).toBeUndefined();
      expect(await listDecisions(h.db, data.number.id, 10)).toEqual([]);
      // What is younger stays.
      expect(existsSync(data.recentVoicemail.path)).toBe(true);
      expect((await getVoicemail(h.db, data.recentVoicemail.id))?.audioStatus).toBe('stored');
      expect(await getMessage(h.db, data.recentText)).toBeDefined();
      expect(await getCall(h.db, data.oldCall)).toBeDefined();

      // Run again at once: nothing more to delete, and no second note.
      expect(await runRetention(h.deps)).toMatchObject({ voicemails: 0, calls: 0, messages: 0 });
      expect(
        (await listCallEvents(h.db, data.oldCall)).filter((e) => e.kind === 'note'),
      ).toHaveLength(1);

      // 65 days on: the old ended call goes with its trace, and what was left of its voicemail.
      h.clock.set('2026-12-05T00:00:00.000Z');
      expect(await runRetention(h.deps)).toEqual({
        at: '2026-12-05T00:00:00.000Z',
        voicemails: 1,
        calls: 1,
        messages: 0,
      });
      expect(await getCall(h.db, data.oldCall)).toBeUndefined();
      expect(await listCallEvents(h.db, data.oldCall)).toEqual([]);
      expect(await getVoicemail(h.db, data.oldVoicemail.id)).toBeUndefined();
      // A call still going on is never deleted, however old.
      expect((await getCall(h.db, data.activeCall))?.status).toBe('active');
      expect(await getCall(h.db, data.recentCall)).toBeDefined();
      expect(await runRetention(h.deps)).toMatchObject({ voicemails: 0, calls: 0, messages: 0 });

      const got = await h.send('GET', '/settings/retention');
      expect(got.body).toEqual({
        voicemailDays: 30,
        callDays: 60,
        messageDays: 30,
        lastRun: { at: '2026-12-05T00:00:00.000Z', voicemails: 0, calls: 0, messages: 0 },
      });
    });

    it('keeps everything while the periods are null (the default)', async () => {
      const data = await history();
      expect((await h.send('GET', '/settings/retention')).body).toEqual({
        voicemailDays: null,
        callDays: null,
        messageDays: null,
        lastRun: null,
      });
      h.clock.set('2036-01-01T00:00:00.000Z');
      expect(await runRetention(h.deps)).toMatchObject({ voicemails: 0, calls: 0, messages: 0 });
      expect(existsSync(data.oldVoicemail.path)).toBe(true);
      expect(await getCall(h.db, data.oldCall)).toBeDefined();
      expect(await getMessage(h.db, data.oldText)).toBeDefined();
    });

    it('keeps the voicemail of a deleted call, recording and all, while voicemails are kept', async () => {
      const data = await history();
      await setRetention({ voicemailDays: null, callDays: 30, messageDays: null });
      h.clock.set('2026-11-05T00:00:00.000Z');
      expect(await runRetention(h.deps)).toMatchObject({ voicemails: 0, calls: 1, messages: 0 });
      expect(await getCall(h.db, data.oldCall)).toBeUndefined();
      expect(await getVoicemail(h.db, data.oldVoicemail.id)).toMatchObject({
        callId: null,
        audioStatus: 'stored',
        transcript: 'Call me back',
      });
      expect(existsSync(data.oldVoicemail.path)).toBe(true);
    });
  });

  describe('finished deliveries', () => {
    it('go after the shortest period set; pending ones stay', async () => {
      const sent = await enqueue(h.db, {
        kind: 'email',
        payload: { to: 'ann@example.com', transcript: 'Call me back' },
        idempotencyKey: 'email:1',
        now: OLD,
      });
      await markSent(h.db, sent, { result: {}, at: OLD });
      const pending = await enqueue(h.db, {
        kind: 'email',
        payload: {},
        idempotencyKey: 'email:2',
        now: OLD,
      });
      await setRetention({ voicemailDays: 90, callDays: null, messageDays: 30 });
      h.clock.set('2026-11-15T00:00:00.000Z');
      await runRetention(h.deps);
      expect(await getOutbox(h.db, sent)).toBeUndefined();
      expect((await getOutbox(h.db, pending))?.status).toBe('pending');
    });
  });

  describe('the daily job', () => {
    it('runs once as it starts, and stops cleanly', async () => {
      await history();
      await setRetention({ voicemailDays: 30, callDays: null, messageDays: null });
      h.clock.set('2026-11-05T00:00:00.000Z');
      const job = startRetentionJob(h.deps);
      await job.stop();
      const got = await h.send('GET', '/settings/retention');
      expect(got.body.lastRun).toEqual({
        at: '2026-11-05T00:00:00.000Z',
        voicemails: 1,
        calls: 0,
        messages: 0,
      });
    });
  });

  describe('a long history', () => {
    it('is deleted in batches, the whole of it', async () => {
      const count = BATCH + 7;
      const files: string[] = [];
      await transaction(h.db, async (tx) => {
        for (let i = 0; i < count; i++) {
          const call = await addCall(tx, OLD);
          files.push((await addVoicemail(tx, dataDir(), OLD, { callId: call })).path);
          await addText(tx, OLD, `text ${i}`);
        }
      });
      await setRetention({ voicemailDays: 30, callDays: 30, messageDays: 30 });
      h.clock.set('2026-12-01T00:00:00.000Z');
      expect(await runRetention(h.deps)).toEqual({
        at: '2026-12-01T00:00:00.000Z',
        voicemails: count,
        calls: count,
        messages: count,
      });
      expect(files.filter((f) => existsSync(f))).toEqual([]);
      expect(await runRetention(h.deps)).toMatchObject({ voicemails: 0, calls: 0, messages: 0 });
    }, 30_000);
  });

  describe('the retention settings API', () => {
    it('lets any signed-in user read them and only an owner change them', async () => {
      const admin = await h.addUser('admin', 'ann@example.com');
      const token = { bearer: (await issueApiToken(h.deps, admin.id, 'ann')).token };
      expect((await h.send('GET', '/settings/retention', undefined, token)).status).toBe(200);
      const refused = await setRetention(
        { voicemailDays: 30, callDays: null, messageDays: null },
        token,
      );
      expect(refused.status).toBe(403);
      expect((await h.send('GET', '/settings/retention')).body.voicemailDays).toBeNull();
    });

    it('answers 400 naming each bad field', async () => {
      const bad = await setRetention({ voicemailDays: 0, callDays: 2.5, messageDays: 4000 });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
        'voicemailDays',
        'callDays',
        'messageDays',
      ]);
      expect(bad.body.error.message).toMatch(
        /^voicemailDays: Use a whole number of days from 1 to 3650/,
      );
      const missing = await setRetention({ voicemailDays: 30, callDays: null });
      expect(missing.status).toBe(400);
      expect(missing.body.error.fields).toEqual([{ path: 'messageDays', message: 'Required' }]);
      const text = await setRetention({ voicemailDays: '30', callDays: null, messageDays: null });
      expect(text.body.error.fields[0].path).toBe('voicemailDays');
    });

    it('records the change in the audit log', async () => {
      await setRetention({ voicemailDays: 90, callDays: 365, messageDays: null });
      const audit = await h.send('GET', '/audit');
      expect(audit.body.entries[0]).toMatchObject({
        action: 'settings.retention',
        subject: 'retention',
        detail: {
          before: { voicemailDays: null, callDays: null, messageDays: null },
          after: { voicemailDays: 90, callDays: 365, messageDays: null },
        },
      });
    });
  });
});
