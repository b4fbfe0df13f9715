/**
 * With Azure Speech set up, every sentence a flow speaks is Azure's voice:
 * a menu's retry text and the default voicemail words are synthesised at
 * publish like the say prompts, and played from the cache (`<Say>` while
 * they have no audio). A synthesis that failed for good is tried again when
 * the flow is published again, and a text-to-speech greeting when it is
 * saved again. Real HTTP, a real SQLite file, the fake Azure service that
 * the real SDK talks to, the outbox drained on the test's clock.
 */
import type { FlowDocument } from '@ringflow/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { manualClock } from '../src/clock.js';
import { deleteGreeting, getGreeting, insertAudioGreeting } from '../src/db/greetings.js';
import { listOutbox } from '../src/db/outbox.js';
import { createDelivery } from '../src/outbox/index.js';
import { DEFAULT_VOICEMAIL_GREETING } from '../src/providers/twilio/twiml.js';
import type { TwimlElement } from '../src/providers/twilio/twiml-reader.js';
import { SYNTHESIZE_KIND } from '../src/speech/synthesize-job.js';
import { type FakeAzureSpeech, startFakeAzureSpeech } from './support/azure-speech.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import { PUBLIC_URL, SATURDAY_10PM, startTestServer, type TestServer } from './support/harness.js';

const RETRY_TEXT = "Sorry, I didn't get that.";
const MENU_PROMPT = 'We are closed right now.';

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);

  let azure: FakeAzureSpeech;
  let server: TestServer;
  afterEach(async () => {
    await server?.close();
    await azure?.close();
  });

  // Real HTTP, SQLite files and the real SDK: a few seconds each on a busy machine.
  vi.setConfig({ testTimeout: 20_000 });

  /** The demo after hours, its voicemail greeting a recording that is deleted after publishing. */
  async function start() {
    azure = await startFakeAzureSpeech();
    server = await startTestServer({
      postgres,
      clock: manualClock(SATURDAY_10PM),
      env: { AZURE_SPEECH_HOST: azure.host, AZURE_SPEECH_KEY: azure.key },
    });
    const admin = await server.admin();
    const flows = await admin<{ flows: { id: string }[] }>('GET', '/flows');
    const flowId = flows.body.flows[0]?.id ?? '';
    await addGreeting();
    const flow = await admin<{ draft: FlowDocument }>('GET', `/flows/${flowId}`);
    const draft = flow.body.draft;
    for (const node of draft.nodes) {
      if (node.type === 'voicemail') node.data.greeting = { type: 'audio', greetingId: 'greet_vm' };
    }
    expect((await admin('PUT', `/flows/${flowId}/draft`, { document: draft })).status).toBe(200);
    const publish = async () =>
      expect(
        (await admin('POST', `/flows/${flowId}/publish`, { confirmFailingScenarios: true })).status,
      ).toBe(201);
    return { admin, publish };
  }

  /** The recorded voicemail greeting the flow plays (its file is never read here). */
  async function addGreeting() {
    await insertAudioGreeting(server.deps.db, {
      id: 'greet_vm',
      name: 'Voicemail',
      source: 'upload',
      audio: {
        file: 'greetings/greet_vm-v1.wav',
        contentType: 'audio/wav',
        bytes: 44,
        sha256: '0',
        durationSeconds: 1,
      },
      at: server.clock.now().toISOString(),
    });
  }

  /** Drains until nothing more is due now, at most 5 rounds. */
  async function drainAll(delivery = server.delivery) {
    for (let i = 0; i < 5; i++) {
      const r = await delivery.worker.drain();
      if (r.sent + r.retried + r.failed + r.cancelled === 0) return;
    }
  }

  const synthesisRows = async () =>
    await listOutbox(server.deps.db, { kind: SYNTHESIZE_KIND, limit: 100 });

  /** A call's second menu attempt (after silence) and its voicemail step (after pressing 1). */
  async function menuRetryAndVoicemail() {
    const call = server.call();
    const menu = await call.ring();
    expect(menu.verbs.map((v) => v.name)).toEqual(['Gather']);
    const retry = await call.act(menu, 'Gather', {});
    const voicemail = await call.act(retry, 'Gather', { Digits: '1' });
    return { retry: retry.verbs[0]?.children ?? [], voicemail: voicemail.verbs };
  }

  /** The signed speech URL a <Play> plays, checked to serve a WAV. */
  async function playedSpeech(verb: TwimlElement | undefined): Promise<string> {
    expect(verb?.name).toBe('Play');
    const url = new URL(verb?.text ?? '');
    expect(`${url.origin}${url.pathname}`).toMatch(
      new RegExp(`^${PUBLIC_URL}/media/speech/[0-9a-f]{64}$`),
    );
    expect(url.searchParams.get('sig')).toBeTruthy();
    const audio = await server.send(`${url.pathname}${url.search}`, {});
    expect(audio.status).toBe(200);
    expect(Buffer.from(await audio.arrayBuffer()).toString('ascii', 0, 4)).toBe('RIFF');
    return url.pathname;
  }

  describe('the sentences a flow speaks besides its prompts, with Azure', () => {
    it("plays a menu's retry text and the default voicemail words in Azure's voice once published", async () => {
      const { publish } = await start();
      await publish();
      await deleteGreeting(server.deps.db, 'greet_vm'); // behind the API's back: it refuses while a flow plays it
      const before = await menuRetryAndVoicemail();
      // Not synthesised yet: <Say> speaks them, in the language they are synthesised in.
      expect(before.retry.map((v) => [v.name, v.attrs.language, v.text])).toEqual([
        ['Say', 'en-US', RETRY_TEXT],
        ['Say', 'en-US', expect.stringContaining(MENU_PROMPT)],
      ]);
      expect(before.voicemail[0]).toMatchObject({
        name: 'Say',
        attrs: { language: 'en-US' },
        text: DEFAULT_VOICEMAIL_GREETING,
      });

      await drainAll();
      const spoken = azure.syntheses.map((s) => s.ssml);
      for (const sentence of ['Sorry, I didn&apos;t get that.', DEFAULT_VOICEMAIL_GREETING]) {
        expect(
          spoken.filter((s) => s.includes(`<voice name="en-US-JennyNeural">${sentence}<`)),
        ).toHaveLength(1);
      }
      expect((await synthesisRows()).every((r) => r.status === 'sent')).toBe(true);

      const after = await menuRetryAndVoicemail();
      expect(after.retry.map((v) => v.name)).toEqual(['Play', 'Play']);
      const retryAudio = await playedSpeech(after.retry[0]);
      const promptAudio = await playedSpeech(after.retry[1]);
      expect(retryAudio).not.toBe(promptAudio);
      expect(after.voicemail.map((v) => v.name)).toEqual(['Play', 'Record', 'Redirect']);
      expect(await playedSpeech(after.voicemail[0])).not.toBe(retryAudio);
    });

    it('says them while a synthesis failed for good, and tries it again when the flow is published again', async () => {
      const { publish } = await start();
      await publish();
      await deleteGreeting(server.deps.db, 'greet_vm');
      const queued = await synthesisRows();
      // The menu and hours prompts, the retry text and the default voicemail words.
      expect(queued).toHaveLength(4);
      // Azure refuses every one, and the worker gives up at the first refusal.
      azure.failNext('synthesis', queued.length, 'error');
      await drainAll(createDelivery(server.deps, { maxAttempts: 1 }));
      expect((await synthesisRows()).map((r) => r.status)).toEqual(queued.map(() => 'failed'));
      expect(server.log.lines.some((l) => l.message.includes('failed for good'))).toBe(true);
      const failed = await menuRetryAndVoicemail();
      expect(failed.retry.map((v) => v.name)).toEqual(['Say', 'Say']);
      expect(failed.retry[0]?.text).toBe(RETRY_TEXT);
      expect(failed.voicemail[0]).toMatchObject({ name: 'Say', text: DEFAULT_VOICEMAIL_GREETING });

      // Nothing changed, but publishing again queues each failed synthesis once more.
      server.clock.advance(60_000);
      await addGreeting(); // publishing checks that the greeting exists
      await publish();
      await deleteGreeting(server.deps.db, 'greet_vm');
      const again = await synthesisRows();
      expect(again.map((r) => r.id).sort()).toEqual(queued.map((r) => r.id).sort());
      for (const row of again) {
        expect(row).toMatchObject({
          status: 'pending',
          attempts: 0,
          notBefore: server.clock.now().toISOString(),
          lastError: expect.stringMatching(/Azure synthesis failed/),
        });
      }
      await drainAll();
      expect((await synthesisRows()).map((r) => r.status)).toEqual(queued.map(() => 'sent'));
      const played = await menuRetryAndVoicemail();
      expect(played.retry.map((v) => v.name)).toEqual(['Play', 'Play']);
      expect(played.voicemail[0]?.name).toBe('Play');
    });
  });

  describe('a text-to-speech greeting whose synthesis failed for good', () => {
    it('is synthesised again when saved again with the same words, not when renamed', async () => {
      const { admin } = await start();
      const tts = {
        name: 'Closed',
        text: 'We are closed.',
        voice: 'en-US-GuyNeural',
        language: 'en-US',
      };
      const created = await admin<{ id: string }>('POST', '/greetings/tts', tts);
      const id = created.body.id;
      azure.failNext('synthesis', 1, 'error');
      await drainAll(createDelivery(server.deps, { maxAttempts: 1 }));
      expect(await getGreeting(server.deps.db, id)).toMatchObject({
        synthesisStatus: 'failed',
        synthesisError: expect.stringMatching(/Azure synthesis failed/),
      });

      const renamed = await admin('PATCH', `/greetings/${id}`, { name: 'Closed (weekend)' });
      expect(renamed.body).toMatchObject({ synthesis: { status: 'failed' } });
      const saved = await admin('PATCH', `/greetings/${id}`, { ...tts, name: 'Closed (weekend)' });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        version: 1,
        synthesis: { status: 'pending', error: null },
      });
      await drainAll();
      expect(await getGreeting(server.deps.db, id)).toMatchObject({
        version: 1,
        synthesisStatus: 'done',
        file: `greetings/${id}-v1.wav`,
      });
      expect(azure.syntheses.filter((s) => s.ssml.includes('We are closed.'))).toHaveLength(2);
    });
  });
});
