/**
 * Twilio's transcription without Azure, over real HTTP on a real SQLite
 * file: a transcription that comes before its voicemail, the deadline of a
 * transcription that never comes, messages Twilio does not transcribe (over
 * 2 minutes), and the retention job clearing what no voicemail took. The
 * outbox is drained on a clock the test moves.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { makeWav } from '../../test/fakes/wav.js';
import { callReconciler } from '../src/calls/reconciler.js';
import { sqlOf } from '../src/db/sql/connection.js';
import { findVoicemailByRecording } from '../src/db/voicemails.js';
import { runRetention } from '../src/retention/run-retention.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import type { FakeTwilio } from './support/fake-twilio.js';
import { AUTH_TOKEN, startTestServer, type TestServer } from './support/harness.js';

const ACCOUNT_SID = `AC${'ab'.repeat(16)}`;
const MINUTE = 60_000;

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);

  let twilio: FakeTwilioRest;
  let server: TestServer;
  afterEach(async () => {
    await server?.close();
    await twilio?.close();
  });

  vi.setConfig({ testTimeout: 20_000 });

  async function start() {
    twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    server = await startTestServer({
      postgres,
      twilioRest: { url: twilio.url, accountSid: ACCOUNT_SID },
    });
    return server.admin();
  }

  type Admin = Awaited<ReturnType<typeof start>>;

  /** A call nobody answers, up to the end of its message; the recording callback is the test's to send. */
  async function recordMessage(seconds = 20) {
    const sid = `RE${randomBytes(16).toString('hex')}`;
    const url = twilio.recordings.add(sid, makeWav({ seconds: 1 }));
    const call = server.call();
    const ringing = await call.ring();
    const voicemail = await call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
    expect(voicemail.verbs.find((v) => v.name === 'Record')?.attrs.transcribe).toBe('true');
    await call.act(voicemail, 'Record', {
      RecordingUrl: url,
      RecordingDuration: String(seconds),
      Digits: '#',
    });
    await call.hangUp('completed', '60');
    const recordingCallback = async () => {
      const reply = await call.post('/webhooks/twilio/recording', {
        RecordingSid: sid,
        RecordingUrl: url,
        RecordingStatus: 'completed',
        RecordingDuration: String(seconds),
      });
      expect(reply.status).toBe(200);
      return (await findVoicemailByRecording(server.deps.db, 'twilio', sid))?.id ?? '';
    };
    return { call, sid, recordingCallback };
  }

  const transcriptionCallback = (call: FakeTwilio, sid: string, extra: Record<string, string>) =>
    call.post('/webhooks/twilio/transcription', {
      RecordingSid: sid,
      TranscriptionSid: `TR${randomBytes(16).toString('hex')}`,
      ...extra,
    });

  async function transcriptOf(admin: Admin, id: string) {
    const detail = await admin<{ transcript: Record<string, unknown> }>('GET', `/voicemails/${id}`);
    expect(detail.status).toBe(200);
    return detail.body.transcript;
  }

  /** One pass of the reconciler, as main.ts runs it every minute: the voicemails whose transcripts it failed. */
  const lateTranscripts = async () => (await callReconciler(server.deps).run()).transcriptsExpired;

  const earlyRows = () =>
    sqlOf(server.deps.db).all('SELECT provider_recording_id AS sid FROM early_transcriptions');

  describe('a transcription that comes before its voicemail', () => {
    it('is kept, then written onto the voicemail in the transaction that creates it', async () => {
      const admin = await start();
      const { call, sid, recordingCallback } = await recordMessage();
      const early = await transcriptionCallback(call, sid, {
        TranscriptionStatus: 'completed',
        TranscriptionText: 'Hi, it is Sam. Call me back.',
      });
      expect(early.status).toBe(200);
      expect(await earlyRows()).toEqual([{ sid }]);

      const id = await recordingCallback();
      expect(await transcriptOf(admin, id)).toMatchObject({
        status: 'done',
        text: 'Hi, it is Sam. Call me back.',
        engine: 'twilio',
        error: null,
      });
      expect(await earlyRows()).toEqual([]);
      // Nothing left to wait for.
      server.clock.advance(31 * MINUTE);
      expect(await lateTranscripts()).toEqual([]);
    });

    it('keeps a failed one too, and the voicemail says so', async () => {
      const admin = await start();
      const { call, sid, recordingCallback } = await recordMessage();
      await transcriptionCallback(call, sid, { TranscriptionStatus: 'failed' });
      const id = await recordingCallback();
      expect(await transcriptOf(admin, id)).toMatchObject({
        status: 'failed',
        engine: 'twilio',
        error: 'Twilio could not transcribe the message (status failed)',
      });
    });

    it('is cleared by the retention job after a day when no voicemail took it', async () => {
      await start();
      const { call, sid } = await recordMessage();
      await transcriptionCallback(call, sid, {
        TranscriptionStatus: 'completed',
        TranscriptionText: 'Nobody will read this',
      });
      server.clock.advance(23 * 60 * MINUTE);
      await runRetention(server.deps);
      expect(await earlyRows()).toEqual([{ sid }]);
      server.clock.advance(2 * 60 * MINUTE);
      await runRetention(server.deps);
      expect(await earlyRows()).toEqual([]);
    });

    it('is not kept for a call Ringflow does not know', async () => {
      await start();
      const { call } = await recordMessage();
      const stray = await transcriptionCallback(call, `RE${'0'.repeat(32)}`, {
        CallSid: `CA${'0'.repeat(32)}`,
        TranscriptionStatus: 'completed',
        TranscriptionText: 'lost',
      });
      expect(stray.status).toBe(200);
      expect(await earlyRows()).toEqual([]);
    });
  });

  describe("the deadline of Twilio's transcription", () => {
    it('marks a transcript still pending after 30 minutes failed, with the reason', async () => {
      const admin = await start();
      const { recordingCallback } = await recordMessage();
      const id = await recordingCallback();
      await server.delivery.worker.drain();
      expect((await transcriptOf(admin, id)).status).toBe('pending');

      server.clock.advance(29 * MINUTE);
      expect(await lateTranscripts()).toEqual([]);
      expect((await transcriptOf(admin, id)).status).toBe('pending');

      server.clock.advance(MINUTE);
      expect(await lateTranscripts()).toEqual([id]);
      expect(await transcriptOf(admin, id)).toMatchObject({
        status: 'failed',
        engine: 'twilio',
        error: 'Twilio did not send a transcription within 30 minutes',
      });
      expect(await lateTranscripts()).toEqual([]);
    });

    it('is replaced by a transcription that comes after it', async () => {
      const admin = await start();
      const { call, sid, recordingCallback } = await recordMessage();
      const id = await recordingCallback();
      server.clock.advance(40 * MINUTE);
      expect(await lateTranscripts()).toEqual([id]);
      await transcriptionCallback(call, sid, {
        TranscriptionStatus: 'completed',
        TranscriptionText: 'Sorry, late.',
      });
      expect(await transcriptOf(admin, id)).toMatchObject({ status: 'done', text: 'Sorry, late.' });
    });

    it('leaves a transcript that came in time alone', async () => {
      const admin = await start();
      const { call, sid, recordingCallback } = await recordMessage();
      const id = await recordingCallback();
      server.clock.advance(10 * MINUTE);
      await transcriptionCallback(call, sid, {
        TranscriptionStatus: 'completed',
        TranscriptionText: 'Please call back.',
      });
      server.clock.advance(30 * MINUTE);
      expect(await lateTranscripts()).toEqual([]);
      expect(await transcriptOf(admin, id)).toMatchObject({
        status: 'done',
        text: 'Please call back.',
        error: null,
      });
    });
  });

  describe('a message over 2 minutes without Azure', () => {
    it('is marked not transcribed at once instead of waiting for Twilio', async () => {
      const admin = await start();
      const { call, sid, recordingCallback } = await recordMessage(150);
      const id = await recordingCallback();
      expect(await transcriptOf(admin, id)).toMatchObject({
        status: 'failed',
        engine: 'twilio',
        error: 'Twilio transcribes messages up to 2 minutes',
      });
      server.clock.advance(31 * MINUTE);
      expect(await lateTranscripts()).toEqual([]);

      // Twilio's own failure, when it comes, changes nothing.
      await transcriptionCallback(call, sid, { TranscriptionStatus: 'failed' });
      expect((await transcriptOf(admin, id)).error).toBe(
        'Twilio transcribes messages up to 2 minutes',
      );
    });

    it('gives the same reason when Twilio failed it before the voicemail came', async () => {
      const admin = await start();
      const { call, sid, recordingCallback } = await recordMessage(121);
      await transcriptionCallback(call, sid, { TranscriptionStatus: 'failed' });
      const id = await recordingCallback();
      expect((await transcriptOf(admin, id)).error).toBe(
        'Twilio transcribes messages up to 2 minutes',
      );
    });
  });
});
