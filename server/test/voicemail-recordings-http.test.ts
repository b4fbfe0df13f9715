import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { makeWav } from '../../test/fakes/wav.js';
import { saveNumberNotifications } from '../src/db/notifications.js';
import { getVoicemail } from '../src/db/voicemails.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import type { FakeTwilio } from './support/fake-twilio.js';
import { AUTH_TOKEN, startTestServer, type TestServer } from './support/harness.js';

/**
 * Voicemails kept end to end over real HTTP: a call that ends in voicemail,
 * Twilio's recording status callback, the outbox copying the audio from a
 * local fake of Twilio's Recordings API into the data directory, on a clock
 * the test moves.
 */
const ACCOUNT_SID = `AC${'cd'.repeat(16)}`;
const CALLER = '+14155550123';
const HOUR = 60 * 60_000;

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  let twilio: FakeTwilioRest;
  let server: TestServer;
  afterEach(async () => {
    await server?.close();
    await twilio?.close();
  });

  interface Summary {
    id: string;
    callId: string;
    caller: string;
    durationSeconds: number | null;
    audio: { status: string; error: string | null; bytes: number | null; url: string | null };
  }

  async function start(options: { authToken?: string } = {}) {
    twilio = await startFakeTwilio({
      accountSid: ACCOUNT_SID,
      authToken: options.authToken ?? AUTH_TOKEN,
    });
    server = await startTestServer({
      twilioRest: { url: twilio.url, accountSid: ACCOUNT_SID },
      postgres,
    });
    const admin = await server.admin();
    const numbers = await admin<{ numbers: { id: string; number: string }[] }>('GET', '/numbers');
    const demo = numbers.body.numbers.find((n) => n.number === '+14155550100');
    if (!demo) throw new Error('the demo number is missing');
    return { admin, numberId: demo.id };
  }

  const newRecordingSid = () => `RE${randomBytes(16).toString('hex')}`;

  /** Twilio's recording status callback for `call`. */
  const recordingCallback = (
    call: FakeTwilio,
    sid: string,
    url: string,
    extra: Record<string, string> = {},
  ) =>
    call.post('/webhooks/twilio/recording', {
      RecordingSid: sid,
      RecordingUrl: url,
      RecordingStatus: 'completed',
      RecordingDuration: '20',
      RecordingChannels: '1',
      RecordingSource: 'RecordVerb',
      ...extra,
    });

  /** A whole call nobody answers, ending in a message; the recording callback comes last. */
  async function leaveVoicemail(options: { url?: string; audio?: Buffer } = {}) {
    const sid = newRecordingSid();
    const audio = options.audio ?? makeWav({ seconds: 3 });
    const url = options.url ?? twilio.recordings.add(sid, audio);
    const call = server.call(CALLER);
    const { callback } = await call.leaveVoicemail({ sid, url, seconds: 20 }, 45);
    expect(callback.status).toBe(200);
    expect(callback.body).toContain('<Response/>');
    return { call, sid, url, audio };
  }

  async function inbox(admin: Awaited<ReturnType<typeof start>>['admin']) {
    return (await admin<{ voicemails: Summary[] }>('GET', '/voicemails')).body.voicemails;
  }

  const downloads = () => twilio.recordings.requests.filter((r) => r.method === 'GET');

  describe('a voicemail left on a call', () => {
    it('copies the audio: the file on disk with its sha256, the length read from the file', async () => {
      const { admin } = await start();
      const { audio } = await leaveVoicemail();
      const [fetching] = await inbox(admin);
      expect(fetching).toMatchObject({ caller: CALLER, durationSeconds: 20 });
      expect(fetching?.audio).toMatchObject({ status: 'fetching', url: null });

      await server.delivery.worker.drain();
      const id = fetching?.id ?? '';
      const stored = await getVoicemail(server.deps.db, id);
      const file = join(server.deps.config.dataDir, 'recordings', `${id}.wav`);
      expect(stored).toMatchObject({
        audioStatus: 'stored',
        audioFile: join('recordings', `${id}.wav`),
        audioContentType: 'audio/wav',
        audioBytes: audio.length,
        audioSha256: createHash('sha256').update(audio).digest('hex'),
      });
      expect(readFileSync(file).equals(audio)).toBe(true);
      // Twilio's usual URL for the recording is built again from its sid, not kept.
      expect(stored?.providerRecordingUrl).toBeNull();
      const [listed] = await inbox(admin);
      // The file says 3 s; Twilio's callback said 20.
      expect(listed?.durationSeconds).toBe(3);
      expect(listed?.audio).toMatchObject({ status: 'stored', url: `/api/voicemails/${id}/audio` });
      expect(downloads()).toEqual([
        { method: 'GET', sid: expect.any(String), authorized: true, status: 200 },
      ]);

      const call = await admin<{ voicemails: { id: string; audioStatus: string }[] }>(
        'GET',
        `/calls/${listed?.callId}`,
      );
      expect(call.body.voicemails).toEqual([
        expect.objectContaining({ id, audioStatus: 'stored', deletedAt: null }),
      ]);
    });

    it('retries a recording Twilio does not have yet, and stores it after the back-off', async () => {
      const { admin } = await start();
      await leaveVoicemail();
      twilio.recordings.failNext(1, 404);
      await server.delivery.worker.drain();
      const [waiting] = await inbox(admin);
      expect(waiting?.audio.status).toBe('fetching');
      expect(waiting?.audio.error).toMatch(/no such recording/);

      await server.delivery.worker.drain();
      expect(downloads()).toHaveLength(1);
      server.clock.advance(31_000);
      await server.delivery.worker.drain();
      expect(downloads().map((r) => r.status)).toEqual([404, 200]);
      const [stored] = await inbox(admin);
      expect(stored?.audio).toMatchObject({ status: 'stored', error: null });
    });

    it('keeps the voicemail, audio unavailable with the reason, when Twilio fails to the last attempt', async () => {
      const { admin } = await start();
      await leaveVoicemail();
      twilio.recordings.failNext(10, 503);
      for (let attempt = 0; attempt < 10; attempt++) {
        await server.delivery.worker.drain();
        server.clock.advance(HOUR + 1000);
      }
      expect(downloads()).toHaveLength(10);
      const [kept] = await inbox(admin);
      expect(kept?.audio.status).toBe('unavailable');
      expect(kept?.audio.error).toMatch(/^Gave up after 10 attempts: /);
      await server.delivery.worker.drain();
      expect(downloads()).toHaveLength(10);
    });

    it('fetches a recording pending across a restart exactly once', async () => {
      await start();
      await leaveVoicemail();
      await server.restart();
      await server.delivery.worker.drain();
      server.clock.advance(HOUR);
      await server.delivery.worker.drain();
      expect(downloads()).toHaveLength(1);
      const [stored] = await inbox(await server.admin());
      expect(stored?.audio.status).toBe('stored');
    });

    it('keeps one voicemail when Twilio retries the recording callback', async () => {
      const { admin } = await start();
      const { call, sid, url } = await leaveVoicemail();
      const again = await recordingCallback(call, sid, url);
      expect(again.status).toBe(200);
      await server.delivery.worker.drain();
      expect(await inbox(admin)).toHaveLength(1);
      expect(downloads()).toHaveLength(1);
    });

    it("deletes Twilio's copy once stored when the number asks for it", async () => {
      const { admin, numberId } = await start();
      await admin('PATCH', `/numbers/${numberId}`, { deleteProviderRecordings: true });
      const { sid } = await leaveVoicemail();
      await server.delivery.worker.drain();
      expect(twilio.recordings.deleted).toEqual([sid]);
      const [vm] = await inbox(admin);
      const detail = await admin<{ providerDeletedAt: string | null }>(
        'GET',
        `/voicemails/${vm?.id}`,
      );
      expect(detail.body.providerDeletedAt).toBe(server.clock.now().toISOString());
      server.clock.advance(HOUR);
      await server.delivery.worker.drain();
      expect(twilio.recordings.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
    });

    it("leaves Twilio's copy alone by default", async () => {
      const { admin } = await start();
      await leaveVoicemail();
      await server.delivery.worker.drain();
      server.clock.advance(HOUR);
      await server.delivery.worker.drain();
      expect(twilio.recordings.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
      const [vm] = await inbox(admin);
      const detail = await admin<{ providerDeletedAt: string | null }>(
        'GET',
        `/voicemails/${vm?.id}`,
      );
      expect(detail.body.providerDeletedAt).toBeNull();
    });
  });

  describe('the announcement of a voicemail', () => {
    /** Sends the number's Slack notifications to the fake, which records them. */
    const slackToFake = async (numberId: string) =>
      await saveNumberNotifications(
        server.deps.db,
        numberId,
        { slack: { url: `${twilio.url}/slack-hook`, events: ['voicemail.new'] } },
        server.clock.now().toISOString(),
      );
    const slackPosts = () => twilio.requests.filter((r) => r.path === '/slack-hook');

    it('goes out once the audio is stored, not before', async () => {
      const { numberId } = await start();
      await slackToFake(numberId);
      await leaveVoicemail();
      twilio.recordings.failNext(1, 404);
      await server.delivery.worker.drain();
      expect(slackPosts()).toEqual([]);
      server.clock.advance(31_000);
      await server.delivery.worker.drain();
      expect(slackPosts()).toHaveLength(1);
    });

    it('goes out without audio when the audio is unavailable for good', async () => {
      const { numberId } = await start({ authToken: 'another-token' });
      await slackToFake(numberId);
      await leaveVoicemail();
      await server.delivery.worker.drain();
      expect(slackPosts()).toHaveLength(1);
    });
  });

  describe('a recording that cannot be copied', () => {
    it('is unavailable at once when Twilio refuses the credentials (Basic auth is checked)', async () => {
      const { admin } = await start({ authToken: 'another-token' });
      await leaveVoicemail();
      await server.delivery.worker.drain();
      expect(downloads()).toEqual([expect.objectContaining({ authorized: false, status: 401 })]);
      const [vm] = await inbox(admin);
      expect(vm?.audio.status).toBe('unavailable');
      expect(vm?.audio.error).toMatch(/refused the credentials/);
    });

    it('sends no credentials to a recording URL outside the Twilio API', async () => {
      const { admin } = await start();
      await leaveVoicemail({ url: 'https://recordings.example.net/RE1' });
      await server.delivery.worker.drain();
      expect(twilio.recordings.requests).toEqual([]);
      const [vm] = await inbox(admin);
      expect(vm?.audio).toMatchObject({ status: 'unavailable' });
      expect(vm?.audio.error).toMatch(/recordings\.example\.net.*sends its credentials only there/);
      expect((await getVoicemail(server.deps.db, vm?.id ?? ''))?.providerRecordingUrl).toBe(
        'https://recordings.example.net/RE1',
      );
    });

    it('is unavailable when the bytes are not audio', async () => {
      const { admin } = await start();
      await leaveVoicemail({ audio: Buffer.from('<html>not a recording</html>') });
      await server.delivery.worker.drain();
      const [vm] = await inbox(admin);
      expect(vm?.audio.status).toBe('unavailable');
      expect(vm?.audio.error).toMatch(/not audio/);
      expect(existsSync(join(server.deps.config.dataDir, 'recordings', `${vm?.id}.wav`))).toBe(
        false,
      );
    });
  });

  describe('the recording status callback', () => {
    it('names a missing or invalid RecordingSid or RecordingUrl', async () => {
      await start();
      const call = server.call(CALLER);
      await call.ring();
      const sid = newRecordingSid();
      const noSid = await recordingCallback(call, '', 'https://api.twilio.com/r');
      expect([noSid.status, noSid.body]).toEqual([400, 'RecordingSid is missing']);
      const badSid = await recordingCallback(call, 'RE1', 'https://api.twilio.com/r');
      expect(badSid.status).toBe(400);
      expect(badSid.body).toMatch(/^RecordingSid /);
      const badUrl = await recordingCallback(call, sid, 'not a url');
      expect([badUrl.status, badUrl.body]).toEqual([400, 'RecordingUrl must be an http(s) URL']);
    });

    it('only notes a recording that is absent or failed', async () => {
      const { admin } = await start();
      const call = server.call(CALLER);
      await call.ring();
      const absent = await recordingCallback(call, newRecordingSid(), '', {
        RecordingStatus: 'absent',
      });
      expect(absent.status).toBe(200);
      expect(await inbox(admin)).toEqual([]);
    });

    it('answers a recording of an unknown call with empty TwiML and a warning', async () => {
      const { admin } = await start();
      const stranger = server.call(CALLER);
      const sid = newRecordingSid();
      const res = await recordingCallback(
        stranger,
        sid,
        twilio.recordings.add(sid, makeWav({ seconds: 1 })),
      );
      expect(res.status).toBe(200);
      expect(res.body).toContain('<Response/>');
      expect(await inbox(admin)).toEqual([]);
      expect(
        server.log.lines.some((l) => l.level === 'warn' && /does not know/.test(l.message)),
      ).toBe(true);
    });
  });
});
