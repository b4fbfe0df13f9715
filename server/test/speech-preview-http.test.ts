/**
 * Previewing a say prompt over real HTTP: the server pointed at the fake
 * Azure Speech service (support/azure-speech.ts) that the real SDK talks to,
 * a real SQLite file, the signed media URL fetched as the browser fetches it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { PREVIEW_LIMIT } from '../src/speech/preview-quota.js';
import { type FakeAzureSpeech, startFakeAzureSpeech } from './support/azure-speech.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import { AUTH_TOKEN, startTestServer, type TestServer } from './support/harness.js';

const ACCOUNT_SID = `AC${'cd'.repeat(16)}`;
/** The demo flow's voicemail greeting: a say prompt without a voice, in en-US. */
const VOICEMAIL_GREETING = 'Please leave a message after the tone and we will call you back.';

interface Preview {
  url: string;
  durationSeconds: number | null;
  cached: boolean;
}
interface Refusal {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);

  let azure: FakeAzureSpeech | undefined;
  let twilio: FakeTwilioRest | undefined;
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    await twilio?.close();
    await azure?.close();
    server = undefined;
    twilio = undefined;
    azure = undefined;
  });

  async function start(options: { azure?: boolean } = {}) {
    twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    if (options.azure !== false) azure = await startFakeAzureSpeech();
    const started = await startTestServer({
      postgres,
      twilioRest: { url: twilio.url, accountSid: ACCOUNT_SID },
      env: azure ? { AZURE_SPEECH_HOST: azure.host, AZURE_SPEECH_KEY: azure.key } : {},
    });
    server = started;
    const admin = await started.admin();
    const preview = <T = Preview>(body: unknown) => admin<T>('POST', '/speech/preview', body);
    return { server: started, admin, preview };
  }

  const fake = () => {
    if (!azure) throw new Error('Azure is not faked in this test');
    return azure;
  };

  /** The field a 400 names, and its message. */
  const field = (r: { status: number; body: Refusal }) => ({
    status: r.status,
    path: r.body.error.fields?.[0]?.path,
  });

  vi.setConfig({ testTimeout: 20_000 });

  describe('POST /api/speech/preview with Azure Speech', () => {
    it('synthesises in the chosen voice, serves a signed WAV, and answers again from the cache', async () => {
      const { server, preview } = await start();
      const body = {
        text: 'Wir sind gleich für Sie da.',
        voice: 'de-DE-KatjaNeural',
        language: 'de-DE',
      };
      const first = await preview(body);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ cached: false, durationSeconds: 1 });
      expect(first.body.url).toMatch(/^\/media\/speech\/[0-9a-f]{64}\?sig=[0-9a-f]{64}$/);
      expect(fake().syntheses).toHaveLength(1);
      const ssml = fake().syntheses[0]?.ssml ?? '';
      expect(ssml).toContain('<voice name="de-DE-KatjaNeural">');
      expect(ssml).toContain('xml:lang="de-DE"');
      expect(ssml).toContain('Wir sind gleich für Sie da.');

      // Signed: no login needed, as for Twilio; the bytes are the WAV calls play.
      const audio = await server.send(first.body.url, {});
      expect(audio.status).toBe(200);
      expect(audio.headers.get('content-type')).toBe('audio/wav');
      expect(Buffer.from(await audio.arrayBuffer()).toString('ascii', 0, 4)).toBe('RIFF');

      const again = await preview(body);
      expect(again).toEqual({ status: 200, body: { ...first.body, cached: true } });
      expect(fake().syntheses).toHaveLength(1);
    });

    it('makes the very audio a published call plays: the publish job finds it made', async () => {
      const { server, admin, preview } = await start();
      const heard = await preview({ text: VOICEMAIL_GREETING, language: 'en-US' });
      expect(heard.status).toBe(200);
      // No voice named: the engine's default voice of the language, as on calls.
      expect(fake().syntheses[0]?.ssml).toContain('<voice name="en-US-JennyNeural">');

      const flows = await admin<{ flows: { id: string }[] }>('GET', '/flows');
      const flowId = flows.body.flows[0]?.id ?? '';
      expect((await admin('POST', `/flows/${flowId}/publish`, {})).status).toBe(201);
      for (let i = 0; i < 3; i++) await server.delivery.worker.drain();
      const saidGreeting = fake().syntheses.filter((s) => s.ssml.includes(VOICEMAIL_GREETING));
      expect(saidGreeting).toHaveLength(1);

      const call = server.call();
      const step = await call.act(await call.ring(), 'Dial', { DialCallStatus: 'no-answer' });
      expect(step.verbs[0]?.name).toBe('Play');
      const played = new URL(step.verbs[0]?.text ?? '');
      expect(`${played.pathname}${played.search}`).toBe(heard.body.url);
    });

    it('refuses empty or long text, an unknown voice or language, naming the field', async () => {
      const { preview } = await start();
      const refused = (body: unknown) => preview<Refusal>(body).then(field);
      const bad = (path: string) => ({ status: 400, path });
      expect(await refused({ text: '', language: 'en-US' })).toEqual(bad('text'));
      expect(await refused({ text: '   ', language: 'en-US' })).toEqual(bad('text'));
      expect(await refused({ language: 'en-US' })).toEqual(bad('text'));
      expect(await refused({ text: 'x'.repeat(3001), language: 'en-US' })).toEqual(bad('text'));
      expect(await refused({ text: 'Hi', voice: 'en-US-NobodyNeural', language: 'en-US' })).toEqual(
        bad('voice'),
      );
      // A voice of another language, and a Twilio voice Azure cannot speak.
      expect(await refused({ text: 'Hi', voice: 'de-DE-KatjaNeural', language: 'en-US' })).toEqual(
        bad('voice'),
      );
      expect(await refused({ text: 'Hi', voice: 'Polly.Joanna', language: 'en-US' })).toEqual(
        bad('voice'),
      );
      expect(await refused({ text: 'Hi', language: 'xx-XX' })).toEqual(bad('language'));
      const unknown = await preview<Refusal>({
        text: 'Hi',
        voice: 'en-US-NobodyNeural',
        language: 'en-US',
      });
      expect(unknown.body.error.message).toMatch(/en-US-NobodyNeural.*such as en-US-JennyNeural/);
      expect(fake().syntheses).toHaveLength(0);
    });

    it('answers 502 with the reason when Azure fails, and keeps nothing', async () => {
      const { preview } = await start();
      fake().failNext('synthesis', 1, 'error');
      const body = { text: 'We are closed.', voice: 'en-US-GuyNeural', language: 'en-US' };
      const failed = await preview<Refusal>(body);
      expect(failed.status).toBe(502);
      expect(failed.body.error.message).toMatch(/Azure synthesis failed/);
      const retried = await preview(body);
      expect(retried).toMatchObject({ status: 200, body: { cached: false } });
      expect(fake().syntheses).toHaveLength(2);
    });

    it('caps how many previews one person has synthesised lately; cached ones still play', async () => {
      const { server, preview } = await start();
      fake().synthesisSeconds = 0.05;
      for (let i = 0; i < PREVIEW_LIMIT.count; i++) {
        expect((await preview({ text: `Prompt ${i}`, language: 'en-US' })).status).toBe(200);
      }
      const refused = await preview<Refusal>({ text: 'One more', language: 'en-US' });
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('too_many_previews');
      expect(fake().syntheses).toHaveLength(PREVIEW_LIMIT.count);
      expect((await preview({ text: 'Prompt 0', language: 'en-US' })).body.cached).toBe(true);
      server.clock.advance(PREVIEW_LIMIT.windowMs);
      expect((await preview({ text: 'One more', language: 'en-US' })).status).toBe(200);
    });
  });

  describe('POST /api/speech/preview without Azure Speech', () => {
    it("answers 409: Twilio's <Say> speaks text on calls, and how to set Azure up", async () => {
      const { preview } = await start({ azure: false });
      const r = await preview<Refusal>({ text: 'Hello', language: 'en-US' });
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('no_speech_engine');
      expect(r.body.error.message).toMatch(/no preview/);
      expect(r.body.error.message).toMatch(/Twilio's <Say>/);
      expect(r.body.error.message).toMatch(/AZURE_SPEECH_KEY and AZURE_SPEECH_REGION/);
      expect(r.body.error.message).toMatch(/docs\/speech\.md/);
      // Bad input is still named first.
      expect(field(await preview<Refusal>({ text: '', language: 'en-US' }))).toEqual({
        status: 400,
        path: 'text',
      });
    });

    it('is for signed-in users only', async () => {
      const { server } = await start({ azure: false });
      const r = await server.send('/api/speech/preview', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: 'Hello', language: 'en-US' }),
      });
      expect(r.status).toBe(401);
    });
  });
});
