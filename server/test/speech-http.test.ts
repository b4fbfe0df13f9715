/**
 * Azure Speech end to end over real HTTP: the server configured with
 * AZURE_SPEECH_HOST pointing at the fake service (support/azure-speech.ts),
 * which the real SDK talks to; Twilio's REST API faked as in the voicemail
 * tests; the outbox drained on a clock the test moves.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { makeWav } from '../../test/fakes/wav.js';
import { getGreeting, insertTtsGreeting } from '../src/db/greetings.js';
import { saveNumberNotifications } from '../src/db/notifications.js';
import { enqueue } from '../src/db/outbox.js';
import { findVoicemailByRecording, getVoicemail } from '../src/db/voicemails.js';
import { createDelivery } from '../src/outbox/index.js';
import { SYNTHESIZE_GREETING_KIND } from '../src/speech/greeting-job.js';
import { readWav } from '../src/speech/wav-pcm.js';
import { type FakeAzureSpeech, startFakeAzureSpeech } from './support/azure-speech.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import { AUTH_TOKEN, PUBLIC_URL, startTestServer, type TestServer } from './support/harness.js';

const ACCOUNT_SID = `AC${'ef'.repeat(16)}`;
const HOUR = 60 * 60_000;
const VOICEMAIL_GREETING = 'Please leave a message after the tone and we will call you back.';

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);

  let azure: FakeAzureSpeech | undefined;
  let twilio: FakeTwilioRest;
  let server: TestServer;
  afterEach(async () => {
    await server?.close();
    await twilio?.close();
    await azure?.close();
    azure = undefined;
  });

  async function start(options: { azure?: boolean } = {}) {
    twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    if (options.azure !== false) azure = await startFakeAzureSpeech();
    server = await startTestServer({
      postgres,
      twilioRest: { url: twilio.url, accountSid: ACCOUNT_SID },
      // One connection on PostgreSQL: a webhook that looked anything up outside its own
      // transaction would wait forever for the one the transaction holds.
      env: {
        DATABASE_POOL_SIZE: '1',
        ...(azure ? { AZURE_SPEECH_HOST: azure.host, AZURE_SPEECH_KEY: azure.key } : {}),
      },
    });
    const admin = await server.admin();
    const numbers = await admin<{ numbers: { id: string; number: string }[] }>('GET', '/numbers');
    const numberId = numbers.body.numbers.find((n) => n.number === '+14155550100')?.id ?? '';
    const flows = await admin<{ flows: { id: string }[] }>('GET', '/flows');
    return { admin, numberId, flowId: flows.body.flows[0]?.id ?? '' };
  }

  const fake = () => {
    if (!azure) throw new Error('Azure is not faked in this test');
    return azure;
  };

  /** Drains until nothing more is due now (jobs queued by jobs included), at most 5 rounds. */
  async function drainAll(delivery = server.delivery) {
    for (let i = 0; i < 5; i++) {
      const r = await delivery.worker.drain();
      if (r.sent + r.retried + r.failed + r.cancelled === 0) return;
    }
  }

  /** A call nobody answers, ending in a voicemail; returns the TwiML of the voicemail step too. */
  async function leaveVoicemail(audio = makeWav({ seconds: 1 })) {
    const sid = `RE${randomBytes(16).toString('hex')}`;
    const url = twilio.recordings.add(sid, audio);
    const call = server.call();
    const { voicemail, callback } = await call.leaveVoicemail({ sid, url, seconds: 1 });
    expect(callback.status).toBe(200);
    const voicemailId = await getVoicemailBySid(sid);
    return { call, sid, audio, voicemail, voicemailId };
  }

  async function getVoicemailBySid(sid: string): Promise<string> {
    return (await findVoicemailByRecording(server.deps.db, 'twilio', sid))?.id ?? '';
  }

  const slackToFake = async (numberId: string) =>
    await saveNumberNotifications(
      server.deps.db,
      numberId,
      { slack: { url: `${twilio.url}/slack-hook`, events: ['voicemail.new'] } },
      server.clock.now().toISOString(),
    );
  const slackPosts = () => twilio.requests.filter((r) => r.path === '/slack-hook');

  /** The TwiML of the voicemail step of a fresh call (nobody answers). */
  async function voicemailStep() {
    const call = server.call();
    const ringing = await call.ring();
    return call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
  }

  // Real HTTP, SQLite files and the real SDK: a few seconds each on a busy machine.
  vi.setConfig({ testTimeout: 20_000 });

  describe('text to speech with Azure', () => {
    it('synthesises a text-to-speech greeting into its audio: a WAV with a length', async () => {
      await start();
      const at = server.clock.now().toISOString();
      await insertTtsGreeting(server.deps.db, {
        id: 'greet_tts',
        name: 'Closed',
        text: 'Wir sind geschlossen & bald zurück.',
        voice: 'de-DE-KatjaNeural',
        language: 'de-DE',
        synthesisStatus: 'pending',
        at,
      });
      await enqueue(server.deps.db, {
        kind: SYNTHESIZE_GREETING_KIND,
        payload: { greetingId: 'greet_tts', version: 1 },
        idempotencyKey: `${SYNTHESIZE_GREETING_KIND}:greet_tts:1`,
        now: server.clock.now(),
      });
      await drainAll();
      const greeting = await getGreeting(server.deps.db, 'greet_tts');
      expect(greeting).toMatchObject({
        synthesisStatus: 'done',
        synthesisError: null,
        contentType: 'audio/wav',
        file: join('greetings', 'greet_tts-v1.wav'),
      });
      expect(greeting?.durationSeconds).toBeGreaterThan(0);
      const wav = readWav(readFileSync(join(server.deps.config.dataDir, greeting?.file ?? '')));
      expect(wav).toMatchObject({ formatTag: 1, sampleRate: 8000, channels: 1 });
      const ssml = fake().syntheses[0]?.ssml ?? '';
      expect(ssml).toContain('<voice name="de-DE-KatjaNeural">');
      expect(ssml).toContain('xml:lang="de-DE"');
      expect(ssml).toContain('geschlossen &amp; bald');
    });

    it('keeps the reason on a greeting Azure fails to speak, failed after the last try', async () => {
      await start();
      fake().failNext('synthesis', 20, 'error');
      await insertTtsGreeting(server.deps.db, {
        id: 'greet_bad',
        name: 'Closed',
        text: 'We are closed.',
        voice: 'en-US-JennyNeural',
        language: 'en-US',
        synthesisStatus: 'pending',
        at: server.clock.now().toISOString(),
      });
      await enqueue(server.deps.db, {
        kind: SYNTHESIZE_GREETING_KIND,
        payload: { greetingId: 'greet_bad', version: 1 },
        idempotencyKey: `${SYNTHESIZE_GREETING_KIND}:greet_bad:1`,
        now: server.clock.now(),
      });
      await drainAll();
      expect(await getGreeting(server.deps.db, 'greet_bad')).toMatchObject({
        synthesisStatus: 'pending',
        synthesisError: expect.stringMatching(/Azure synthesis failed/),
        file: null,
      });
      for (let i = 0; i < 12; i++) {
        server.clock.advance(HOUR);
        await drainAll();
      }
      expect(await getGreeting(server.deps.db, 'greet_bad')).toMatchObject({
        synthesisStatus: 'failed',
        synthesisError: expect.stringMatching(/Azure synthesis failed/),
      });
    });

    it('plays a published say prompt from a signed media URL anyone (Twilio) can fetch', async () => {
      const { admin, flowId } = await start();
      const before = await voicemailStep();
      expect(before.verbs.map((v) => v.name)).toEqual(['Say', 'Record', 'Redirect']);

      expect((await admin('POST', `/flows/${flowId}/publish`, {})).status).toBe(201);
      await drainAll();
      const spoken = fake().syntheses.map((s) => s.ssml);
      expect(spoken.some((s) => s.includes(VOICEMAIL_GREETING))).toBe(true);
      // The demo's three say prompts and its menu's retry text, each once; no voice
      // named: the first Azure voice of the language.
      expect(spoken).toHaveLength(4);
      expect(spoken[0]).toContain('<voice name="en-US-JennyNeural">');

      const after = await voicemailStep();
      expect(after.verbs.map((v) => v.name)).toEqual(['Play', 'Record', 'Redirect']);
      const url = new URL(after.verbs[0]?.text ?? '');
      expect(`${url.origin}${url.pathname}`).toMatch(
        new RegExp(`^${PUBLIC_URL}/media/speech/[0-9a-f]{64}$`),
      );
      const audio = await server.send(`${url.pathname}${url.search}`, {});
      expect(audio.status).toBe(200);
      expect(audio.headers.get('content-type')).toBe('audio/wav');
      expect(audio.headers.get('cache-control')).toContain('immutable');
      expect(Buffer.from(await audio.arrayBuffer()).toString('ascii', 0, 4)).toBe('RIFF');
      const sig = url.searchParams.get('sig') ?? '';
      const wrong = `${sig.slice(0, -1)}${sig.endsWith('0') ? '1' : '0'}`;
      expect((await server.send(`${url.pathname}?sig=${wrong}`, {})).status).toBe(403);
    });

    it("keeps Twilio's <Say> when synthesis fails, and logs why", async () => {
      const { admin, flowId } = await start();
      fake().failNext('synthesis', 10, 'error');
      await admin('POST', `/flows/${flowId}/publish`, {});
      await drainAll();
      const step = await voicemailStep();
      expect(step.verbs.map((v) => v.name)).toEqual(['Say', 'Record', 'Redirect']);
      expect(step.verbs[0]?.text).toBe(VOICEMAIL_GREETING);
      const warned = server.log.lines.filter((l) =>
        l.message.startsWith('speech: synthesis failed'),
      );
      expect(warned.length).toBeGreaterThan(0);
      expect(String(warned[0]?.fields?.error)).toMatch(/Azure synthesis failed/);
    });

    it('lists the voices from the Azure voice list, and says Azure is set up', async () => {
      const { admin } = await start();
      const voices = await admin<{ engine: string; voices: unknown[] }>(
        'GET',
        '/speech/voices?language=de-DE',
      );
      expect(voices.body).toEqual({
        engine: 'azure',
        voices: [
          { name: 'de-DE-KatjaNeural', language: 'de-DE', label: 'Katja', gender: 'female' },
        ],
        languages: ['de-DE', 'en-US'],
      });
      expect(fake().voiceRequests.at(-1)).toEqual({ authorized: true });
      const status = await admin('GET', '/speech');
      expect(status.body).toEqual({ engine: 'azure', problem: null, twilioTranscription: false });
    });
  });

  describe('voicemail transcription with Azure', () => {
    it('transcribes the stored recording, then announces the voicemail with the transcript', async () => {
      const { admin, numberId } = await start();
      await slackToFake(numberId);
      const { voicemailId, audio, voicemail } = await leaveVoicemail();
      // Azure transcribes: Twilio is not asked to.
      expect(voicemail.verbs.find((v) => v.name === 'Record')?.attrs.transcribe).toBeUndefined();
      expect((await getVoicemail(server.deps.db, voicemailId))?.transcriptStatus).toBe('pending');

      await drainAll();
      const detail = await admin<{ transcript: Record<string, unknown> }>(
        'GET',
        `/voicemails/${voicemailId}`,
      );
      expect(detail.body.transcript).toEqual({
        status: 'done',
        text: 'Hello, please call me back.',
        error: null,
        language: 'en-US',
        confidence: 0.91,
        engine: 'azure',
        editedAt: null,
        editedBy: null,
      });
      // The recording's samples reached the service as they are.
      expect(fake().recognitions[0]?.audio.equals(audio.subarray(44))).toBe(true);
      expect(fake().recognitions[0]?.query.get('profanity')).toBe('masked');
      // Announced once, with the transcript in it.
      expect(slackPosts()).toHaveLength(1);
      expect(JSON.stringify(slackPosts()[0])).toContain('Hello, please call me back.');
    });

    it("detects the language among the number's candidates, with its profanity option", async () => {
      const { admin, numberId } = await start();
      const put = await admin('PUT', `/numbers/${numberId}/speech`, {
        languages: ['en-US', 'de-DE'],
        profanity: 'raw',
      });
      expect(put).toEqual({
        status: 200,
        body: { languages: ['en-US', 'de-DE'], profanity: 'raw' },
      });
      fake().transcript = {
        phrases: [{ text: 'Bitte rufen Sie zurück.', confidence: 0.8 }],
        detectedLanguage: 'de-DE',
      };
      const { voicemailId } = await leaveVoicemail();
      await drainAll();
      expect(await getVoicemail(server.deps.db, voicemailId)).toMatchObject({
        transcriptStatus: 'done',
        transcript: 'Bitte rufen Sie zurück.',
        transcriptLanguage: 'de-DE',
      });
      const session = fake().recognitions[0];
      expect(session?.query.get('lidEnabled')).toBe('true');
      expect(session?.query.get('profanity')).toBe('raw');
      expect(JSON.stringify(session?.context)).toContain('"en-US","de-DE"');
    });

    it('retries a failing service, then marks the transcript failed and announces the voicemail', async () => {
      const { numberId } = await start();
      await slackToFake(numberId);
      fake().failNext('recognition', 20, 'error');
      const { voicemailId } = await leaveVoicemail();
      await drainAll();
      expect(await getVoicemail(server.deps.db, voicemailId)).toMatchObject({
        transcriptStatus: 'pending',
        transcriptError: expect.stringMatching(/Azure transcription failed/),
      });
      expect(slackPosts()).toHaveLength(0);
      for (
        let i = 0;
        i < 12 && (await getVoicemail(server.deps.db, voicemailId))?.transcriptStatus === 'pending';
        i++
      ) {
        server.clock.advance(HOUR);
        await drainAll();
      }
      const failed = await getVoicemail(server.deps.db, voicemailId);
      expect(failed).toMatchObject({
        transcriptStatus: 'failed',
        transcriptError: expect.stringMatching(/Azure transcription failed/),
        audioStatus: 'stored',
        deletedAt: null,
      });
      expect(slackPosts()).toHaveLength(1);
      expect(JSON.stringify(slackPosts()[0])).toMatch(/transcription failed/);
    });

    it('fails a stalled service on its deadline instead of holding the worker', async () => {
      await start();
      fake().failNext('recognition', 1, 'stall');
      const delivery = createDelivery(server.deps, {
        speechTimeouts: { transcriptionBaseMs: 200 },
      });
      // A short recording: the deadline is the base plus twice its length.
      const { voicemailId } = await leaveVoicemail(makeWav({ seconds: 0.1 }));
      await drainAll(delivery);
      expect(await getVoicemail(server.deps.db, voicemailId)).toMatchObject({
        transcriptStatus: 'pending',
        transcriptError: expect.stringMatching(/Azure transcription did not answer within/),
      });
    });
  });

  describe("without Azure: Twilio's <Say> and transcription", () => {
    it('asks <Record> to transcribe, and keeps the text of the signed callback', async () => {
      const { admin } = await start({ azure: false });
      const { call, sid, voicemail, voicemailId } = await leaveVoicemail();
      expect(voicemail.verbs.find((v) => v.name === 'Record')?.attrs).toMatchObject({
        transcribe: 'true',
        transcribeCallback: `${PUBLIC_URL}/webhooks/twilio/transcription`,
      });
      await drainAll();
      expect((await getVoicemail(server.deps.db, voicemailId))?.transcriptStatus).toBe('pending');

      const params = {
        RecordingSid: sid,
        TranscriptionSid: `TR${randomBytes(16).toString('hex')}`,
        TranscriptionStatus: 'completed',
        TranscriptionText: 'Hi, this is Sam, call me back.',
      };
      const unsigned = await call.post('/webhooks/twilio/transcription', params, 'forged');
      expect(unsigned.status).toBe(403);
      expect((await call.post('/webhooks/twilio/transcription', params)).status).toBe(200);
      const detail = await admin<{ transcript: Record<string, unknown> }>(
        'GET',
        `/voicemails/${voicemailId}`,
      );
      expect(detail.body.transcript).toMatchObject({
        status: 'done',
        text: 'Hi, this is Sam, call me back.',
        engine: 'twilio',
        language: 'en-US',
      });
    });

    it("marks the transcript failed when Twilio's transcription fails, and ignores unknown calls' recordings", async () => {
      await start({ azure: false });
      const { call, sid, voicemailId } = await leaveVoicemail();
      await call.post('/webhooks/twilio/transcription', {
        RecordingSid: sid,
        TranscriptionStatus: 'failed',
      });
      expect(await getVoicemail(server.deps.db, voicemailId)).toMatchObject({
        transcriptStatus: 'failed',
        transcriptEngine: 'twilio',
        transcriptError: expect.stringMatching(/Twilio could not transcribe/),
      });
      // A recording of a call Ringflow knows is kept for its voicemail (twilio-transcription-http.test.ts).
      const stray = await call.post('/webhooks/twilio/transcription', {
        CallSid: `CA${'0'.repeat(32)}`,
        RecordingSid: `RE${'0'.repeat(32)}`,
        TranscriptionStatus: 'completed',
        TranscriptionText: 'lost',
      });
      expect(stray.status).toBe(200);
      expect(
        server.log.lines.some((l) => l.message.startsWith('transcription for a recording without')),
      ).toBe(true);
    });

    it("says what is not set up, and offers Twilio's voices", async () => {
      const { admin } = await start({ azure: false });
      const status = await admin<{ engine: null; problem: string; twilioTranscription: boolean }>(
        'GET',
        '/speech',
      );
      expect(status.body.engine).toBeNull();
      expect(status.body.problem).toMatch(/AZURE_SPEECH_KEY/);
      expect(status.body.twilioTranscription).toBe(true);
      const voices = await admin<{ engine: string; voices: { name: string }[] }>(
        'GET',
        '/speech/voices?language=en-GB',
      );
      expect(voices.body.engine).toBe('twilio');
      expect(voices.body.voices.map((v) => v.name)).toContain('Polly.Amy');
    });
  });

  describe('number speech settings and transcript corrections', () => {
    it('validates the languages (1 to 4 tags) and the profanity option', async () => {
      const { admin, numberId } = await start({ azure: false });
      expect((await admin('GET', `/numbers/${numberId}/speech`)).body).toEqual({
        languages: ['en-US'],
        profanity: 'masked',
      });
      const refused = async (body: unknown) => {
        const r = await admin<{ error: { fields?: { path: string; message: string }[] } }>(
          'PUT',
          `/numbers/${numberId}/speech`,
          body,
        );
        expect(r.status).toBe(400);
        return r.body.error.fields?.map((f) => f.path) ?? [];
      };
      expect(await refused({ languages: [], profanity: 'masked' })).toEqual(['languages']);
      expect(
        await refused({
          languages: ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'it-IT'],
          profanity: 'masked',
        }),
      ).toEqual(['languages']);
      expect(await refused({ languages: ['english'], profanity: 'masked' })).toEqual([
        'languages.0',
      ]);
      expect(await refused({ languages: ['en-US'], profanity: 'bleep' })).toEqual(['profanity']);
      expect((await admin('GET', '/numbers/num_nope/speech')).status).toBe(404);
    });

    it('lets a person correct a transcript, keeping the engine and naming who corrected it', async () => {
      const { admin } = await start();
      const { voicemailId } = await leaveVoicemail();
      await drainAll();
      const edited = await admin<{ transcript: Record<string, unknown> }>(
        'PATCH',
        `/voicemails/${voicemailId}/transcript`,
        { text: 'Hello, please call Anna back.' },
      );
      expect(edited.status).toBe(200);
      expect(edited.body.transcript).toMatchObject({
        status: 'done',
        text: 'Hello, please call Anna back.',
        engine: 'azure',
        editedAt: server.clock.now().toISOString(),
        editedBy: { id: expect.any(String), name: expect.any(String) },
      });
      const blank = await admin<{ error: { fields: { path: string }[] } }>(
        'PATCH',
        `/voicemails/${voicemailId}/transcript`,
        { text: '  ' },
      );
      expect(blank.status).toBe(400);
      expect(blank.body.error.fields[0]?.path).toBe('text');
      expect((await admin('PATCH', '/voicemails/vm_nope/transcript', { text: 'x' })).status).toBe(
        404,
      );
    });
  });
});
