import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeWav } from '../../test/fakes/wav.js';
import { issueApiToken } from '../src/auth/api-tokens.js';
import { listAudit } from '../src/db/audit.js';
import { createNumber, type PhoneNumber } from '../src/db/numbers.js';
import type { Connection } from '../src/db/sql/connection.js';
import { recordTranscript } from '../src/db/voicemail-transcripts.js';
import { getVoicemail, insertVoicemail, recordAudioStored } from '../src/db/voicemails.js';
import { sha256, writeAudioFile } from '../src/voicemail/audio-file.js';
import { type ApiHarness, apiHarness } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

/** The voicemail inbox API in-process, on voicemails written straight into the database. */
let h: ApiHarness<Connection>;
let main: PhoneNumber;
let sales: PhoneNumber;
let sequence = 0;

/** A voicemail left now (the clock moves a minute after each), optionally with its audio stored. */
async function voicemail(
  options: { caller?: string; number?: PhoneNumber; audio?: Buffer; transcript?: string } = {},
) {
  const number = options.number ?? main;
  const { voicemail: vm } = await insertVoicemail(h.db, {
    callId: null,
    numberId: number.id,
    caller: options.caller ?? '+14155550123',
    business: number.number,
    provider: 'twilio',
    providerRecordingId: `RE${String(++sequence).padStart(32, '0')}`,
    providerRecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE${sequence}`,
    reportedDurationSeconds: 20,
    at: h.clock.now().toISOString(),
  });
  if (options.audio) {
    const file = await writeAudioFile(h.deps.config.dataDir, vm.id, 'wav', options.audio);
    await recordAudioStored(h.db, vm.id, {
      file,
      contentType: 'audio/wav',
      bytes: options.audio.length,
      sha256: sha256(options.audio),
      durationSeconds: 3,
    });
  }
  if (options.transcript) {
    await recordTranscript(h.db, vm.id, { status: 'done', text: options.transcript, error: null });
  }
  h.clock.advance(60_000);
  return vm.id;
}

const ids = async (query = '', as?: { bearer: string }) =>
  (
    (await h.send('GET', `/voicemails${query}`, undefined, as)).body.voicemails as { id: string }[]
  ).map((v) => v.id);

/** The raw answer of the audio route: bytes and headers. */
async function audio(id: string, headers: Record<string, string> = {}, query = '') {
  const res = await h.app.request(`/api/voicemails/${id}/audio${query}`, {
    headers: { Authorization: `Bearer ${h.ownerToken}`, ...headers },
  });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
    const at = h.clock.now().toISOString();
    const number = async (n: string, name: string) =>
      await createNumber(
        h.db,
        { number: n, name, flowId: null, scheduleId: null, businessName: '' },
        at,
      );
    main = await number('+14155550100', 'Main line');
    sales = await number('+14155550200', 'Sales');
  });
  afterEach(() => h.close());

  describe('the inbox', () => {
    it('lists voicemails newest first with the number, audio, transcript and handling', async () => {
      const wav = makeWav({ seconds: 3 });
      const first = await voicemail({ audio: wav });
      const second = await voicemail({ number: sales, caller: '+14155550999' });
      const list = await h.send('GET', '/voicemails');
      expect(list.status).toBe(200);
      expect(list.body.voicemails.map((v: { id: string }) => v.id)).toEqual([second, first]);
      expect(list.body.nextBefore).toBeNull();
      expect(list.body.voicemails[1]).toEqual({
        id: first,
        callId: null,
        numberId: main.id,
        numberName: 'Main line',
        caller: '+14155550123',
        business: '+14155550100',
        at: '2026-11-23T15:00:00.000Z',
        durationSeconds: 3,
        audio: {
          status: 'stored',
          error: null,
          contentType: 'audio/wav',
          bytes: wav.length,
          deletedAt: null,
          deletedReason: null,
          url: `/api/voicemails/${first}/audio`,
        },
        transcript: {
          status: 'none',
          text: null,
          error: null,
          language: null,
          confidence: null,
          engine: null,
          editedAt: null,
          editedBy: null,
        },
        status: 'new',
        handledAt: null,
        handledBy: null,
        assignee: null,
        read: false,
        commentCount: 0,
      });
      expect(list.body.voicemails[0]).toMatchObject({
        numberName: 'Sales',
        durationSeconds: 20,
        audio: { status: 'fetching', url: null },
      });
    });

    it('filters by number, status and assignee (me or a user id)', async () => {
      const ann = await h.addUser('admin', 'ann@example.com', 'Ann');
      const a = await voicemail();
      const b = await voicemail({ number: sales });
      const c = await voicemail();
      await h.send('PATCH', `/voicemails/${a}`, { status: 'handled' });
      await h.send('PATCH', `/voicemails/${b}`, { assigneeId: h.owner.id });
      await h.send('PATCH', `/voicemails/${c}`, { assigneeId: ann.id });
      expect(await ids(`?numberId=${sales.id}`)).toEqual([b]);
      expect(await ids('?status=new')).toEqual([c, b]);
      expect(await ids('?status=handled')).toEqual([a]);
      expect(await ids('?assignee=me')).toEqual([b]);
      expect(await ids(`?assignee=${ann.id}`)).toEqual([c]);
      expect(await ids(`?status=new&numberId=${main.id}`)).toEqual([c]);
      const bad = await h.send('GET', '/voicemails?status=done');
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields).toEqual([
        { path: 'status', message: 'Must be one of "new", "handled", not "done"' },
      ]);
    });

    it('searches transcripts and caller numbers by their digits', async () => {
      const boiler = await voicemail({
        caller: '+14155550777',
        transcript: 'Hi, the BOILER is leaking again, please call back',
      });
      const known = await voicemail({ caller: '+14155550123' });
      await voicemail({ caller: '+442071838750' });
      expect(await ids('?q=boiler')).toEqual([boiler]);
      expect(await ids(`?q=${encodeURIComponent('555 0123')}`)).toEqual([known]);
      expect(await ids(`?q=${encodeURIComponent('(415) 555-0777')}`)).toEqual([boiler]);
      expect(await ids('?q=plumber')).toEqual([]);
    });

    it('pages with limit and before', async () => {
      const all: string[] = [];
      for (let i = 0; i < 5; i++) all.unshift(await voicemail());
      const seen: string[] = [];
      let query = '?limit=2';
      for (let page = 0; page < 5; page++) {
        const { body } = await h.send('GET', `/voicemails${query}`);
        seen.push(...body.voicemails.map((v: { id: string }) => v.id));
        if (!body.nextBefore) break;
        query = `?limit=2&before=${encodeURIComponent(body.nextBefore)}`;
      }
      expect(seen).toEqual(all);
    });

    it('tells who may be assigned to any signed-in user', async () => {
      const ann = await h.addUser('admin', 'ann@example.com', 'Ann');
      const token = (await issueApiToken(h.deps, ann.id, 'ann')).token;
      const res = await h.send('GET', '/voicemails/assignees', undefined, { bearer: token });
      expect(res.status).toBe(200);
      expect(res.body.users).toEqual([
        { id: ann.id, name: 'Ann' },
        { id: h.owner.id, name: 'owner' },
      ]);
    });
  });

  describe('reading and handling', () => {
    it('counts unread voicemails per user, and marks them read and unread', async () => {
      const ann = await h.addUser('admin', 'ann@example.com', 'Ann');
      const annToken = { bearer: (await issueApiToken(h.deps, ann.id, 'ann')).token };
      const a = await voicemail();
      const b = await voicemail();
      const unread = async (as?: { bearer: string }) =>
        (await h.send('GET', '/voicemails/unread-count', undefined, as)).body.unread;
      expect([await unread(), await unread(annToken)]).toEqual([2, 2]);

      expect((await h.send('POST', `/voicemails/${a}/read`)).status).toBe(204);
      expect((await h.send('POST', `/voicemails/${a}/read`)).status).toBe(204);
      expect([await unread(), await unread(annToken)]).toEqual([1, 2]);
      const mine = (await h.send('GET', '/voicemails')).body.voicemails;
      expect(mine.map((v: { read: boolean }) => v.read)).toEqual([false, true]);
      const anns = (await h.send('GET', '/voicemails', undefined, annToken)).body.voicemails;
      expect(anns.map((v: { read: boolean }) => v.read)).toEqual([false, false]);

      // Handled ones are not waiting for anybody.
      await h.send('PATCH', `/voicemails/${b}`, { status: 'handled' });
      expect([await unread(), await unread(annToken)]).toEqual([0, 1]);
      expect((await h.send('DELETE', `/voicemails/${a}/read`)).status).toBe(204);
      expect(await unread()).toBe(1);
      expect((await h.send('POST', '/voicemails/vm_nope/read')).status).toBe(404);
    });

    it('marks handled with who and when, new again, and assigns to an existing user', async () => {
      const ann = await h.addUser('admin', 'ann@example.com', 'Ann');
      const id = await voicemail();
      const handled = await h.send('PATCH', `/voicemails/${id}`, { status: 'handled' });
      expect(handled.status).toBe(200);
      expect(handled.body).toMatchObject({
        status: 'handled',
        handledAt: h.clock.now().toISOString(),
        handledBy: { id: h.owner.id, name: 'owner' },
        comments: [],
        call: null,
        providerDeletedAt: null,
      });
      const reopened = await h.send('PATCH', `/voicemails/${id}`, { status: 'new' });
      expect(reopened.body).toMatchObject({ status: 'new', handledAt: null, handledBy: null });

      const assigned = await h.send('PATCH', `/voicemails/${id}`, { assigneeId: ann.id });
      expect(assigned.body.assignee).toEqual({ id: ann.id, name: 'Ann' });
      const bad = await h.send('PATCH', `/voicemails/${id}`, { assigneeId: 'user_nobody' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields).toEqual([
        { path: 'assigneeId', message: 'No user with id "user_nobody"' },
      ]);
      const cleared = await h.send('PATCH', `/voicemails/${id}`, { assigneeId: null });
      expect(cleared.body.assignee).toBeNull();
      const audited = await listAudit(h.db, { limit: 10, action: 'voicemail.update' });
      expect(audited.map((e) => e.detail)).toEqual([
        { assigneeId: null },
        { assigneeId: ann.id },
        { status: 'new' },
        { status: 'handled' },
      ]);
      expect((await h.send('PATCH', `/voicemails/${id}`, { status: 'later' })).status).toBe(400);
    });

    it('keeps comments with their author and time, oldest first', async () => {
      const id = await voicemail();
      const first = await h.send('POST', `/voicemails/${id}/comments`, {
        body: ' Called back, no answer ',
      });
      expect(first.status).toBe(201);
      expect(first.body.comment).toEqual({
        id: expect.any(String),
        author: { id: h.owner.id, name: 'owner' },
        body: 'Called back, no answer',
        at: h.clock.now().toISOString(),
      });
      h.clock.advance(5 * 60_000);
      await h.send('POST', `/voicemails/${id}/comments`, { body: 'Booked for Tuesday' });
      const detail = await h.send('GET', `/voicemails/${id}`);
      expect(detail.body.comments.map((c: { body: string }) => c.body)).toEqual([
        'Called back, no answer',
        'Booked for Tuesday',
      ]);
      expect((await h.send('GET', '/voicemails')).body.voicemails[0].commentCount).toBe(2);
      const audited = await listAudit(h.db, { limit: 10, action: 'voicemail.comment' });
      expect(audited.map((e) => [e.subject, e.userId])).toEqual([
        [id, h.owner.id],
        [id, h.owner.id],
      ]);
      const empty = await h.send('POST', `/voicemails/${id}/comments`, { body: '  ' });
      expect(empty.status).toBe(400);
      expect(empty.body.error.fields[0].path).toBe('body');
    });
  });

  describe('deleting', () => {
    it('removes the audio file at once, and the voicemail from the inbox, with an audit entry', async () => {
      const id = await voicemail({ audio: makeWav({ seconds: 1 }), transcript: 'Call me' });
      const kept = await voicemail();
      const file = join(h.deps.config.dataDir, 'recordings', `${id}.wav`);
      expect(existsSync(file)).toBe(true);

      expect((await h.send('DELETE', `/voicemails/${id}`)).status).toBe(204);
      expect(existsSync(file)).toBe(false);
      expect(await ids()).toEqual([kept]);
      expect((await h.send('GET', `/voicemails/${id}`)).status).toBe(404);
      expect((await audio(id)).res.status).toBe(404);
      expect((await h.send('DELETE', `/voicemails/${id}`)).status).toBe(404);
      expect(await getVoicemail(h.db, id)).toMatchObject({
        deletedAt: h.clock.now().toISOString(),
        deletedBy: h.owner.id,
        audioStatus: 'deleted',
        audioDeletedReason: 'user',
        audioFile: null,
        transcript: null,
      });
      expect((await listAudit(h.db, { limit: 5 }))[0]).toMatchObject({
        action: 'voicemail.delete',
        subject: id,
        userId: h.owner.id,
      });
    });
  });

  describe('the audio', () => {
    it('is served whole, by range (206), and as a download', async () => {
      const wav = makeWav({ seconds: 2 });
      const id = await voicemail({ audio: wav });
      const whole = await audio(id);
      expect(whole.res.status).toBe(200);
      expect(whole.res.headers.get('content-type')).toBe('audio/wav');
      expect(whole.res.headers.get('accept-ranges')).toBe('bytes');
      expect(whole.res.headers.get('content-length')).toBe(String(wav.length));
      expect(whole.res.headers.get('content-disposition')).toBeNull();
      expect(whole.bytes.equals(wav)).toBe(true);

      const part = await audio(id, { Range: 'bytes=100-299' });
      expect(part.res.status).toBe(206);
      expect(part.res.headers.get('content-range')).toBe(`bytes 100-299/${wav.length}`);
      expect(part.res.headers.get('content-length')).toBe('200');
      expect(part.bytes.equals(wav.subarray(100, 300))).toBe(true);

      const tail = await audio(id, { Range: 'bytes=-44' });
      expect(tail.res.headers.get('content-range')).toBe(
        `bytes ${wav.length - 44}-${wav.length - 1}/${wav.length}`,
      );
      expect(tail.bytes.equals(wav.subarray(wav.length - 44))).toBe(true);
      const open = await audio(id, { Range: `bytes=${wav.length - 10}-` });
      expect(open.bytes.equals(wav.subarray(wav.length - 10))).toBe(true);

      const download = await audio(id, {}, '?download=1');
      expect(download.res.headers.get('content-disposition')).toBe(
        'attachment; filename="voicemail-14155550123-2026-11-23-1500.wav"',
      );
    });

    it('answers 416 for a range outside the file', async () => {
      const wav = makeWav({ seconds: 1 });
      const id = await voicemail({ audio: wav });
      for (const range of [`bytes=${wav.length}-`, 'bytes=500-100', 'bytes=-0', 'bytes=x-y']) {
        const { res } = await audio(id, { Range: range });
        expect({ range, status: res.status }).toEqual({ range, status: 416 });
        expect(res.headers.get('content-range')).toBe(`bytes */${wav.length}`);
      }
    });

    it('is a JSON 404 when there is no audio yet, and needs credentials', async () => {
      const id = await voicemail();
      const { res, bytes } = await audio(id);
      expect(res.status).toBe(404);
      expect(JSON.parse(bytes.toString()).error.message).toMatch(/has no audio/);
      const stored = await voicemail({ audio: makeWav({ seconds: 1 }) });
      const anonymous = await h.app.request(`/api/voicemails/${stored}/audio`);
      expect(anonymous.status).toBe(401);
      expect((await h.send('GET', '/voicemails', undefined, 'none')).status).toBe(401);
    });
  });
});
