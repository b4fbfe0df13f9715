/**
 * The languages offered and the voice check before publishing follow the
 * engine that speaks, over real HTTP: Azure Speech faked by
 * support/azure-speech.ts (the real SDK reads its voice list), on a fresh
 * server that has not read that list before the request.
 */
import { twilioLanguages } from '@ringflow/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FakeAzureSpeech, startFakeAzureSpeech } from './support/azure-speech.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import { startTestServer, type TestServer } from './support/harness.js';

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);

  let azure: FakeAzureSpeech | undefined;
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    await azure?.close();
    server = undefined;
    azure = undefined;
  });

  /** A server with Azure Speech set up; the fake also speaks Welsh, which Twilio's <Say> does not. */
  async function start() {
    azure = await startFakeAzureSpeech();
    azure.voices.push({
      ShortName: 'cy-GB-NiaNeural',
      Locale: 'cy-GB',
      Gender: 'Female',
      LocalName: 'Nia',
    });
    server = await startTestServer({
      postgres,
      env: { AZURE_SPEECH_HOST: azure.host, AZURE_SPEECH_KEY: azure.key },
    });
    const admin = await server.admin();
    const flows = await admin<{ flows: { id: string }[] }>('GET', '/flows');
    return { admin, fake: azure, flowId: flows.body.flows[0]?.id ?? '' };
  }

  type Admin = Awaited<ReturnType<typeof start>>['admin'];
  interface Finding {
    code: string;
    severity: string;
    message: string;
    nodeId?: string;
  }
  type Doc = { nodes: { id: string; data: Record<string, unknown> }[] };

  /** Saves the demo draft with its first say prompt spoken in `language` by `voice`; returns that node's id. */
  async function sayWith(admin: Admin, flowId: string, language: string, voice: string) {
    const flow = await admin<{ draft: Doc }>('GET', `/flows/${flowId}`);
    const document = flow.body.draft;
    const node = document.nodes.find((n) => (n.data.prompt as { type?: string })?.type === 'say');
    if (!node) throw new Error('the demo flow has no say prompt');
    node.data.prompt = { ...(node.data.prompt as object), language, voice };
    expect((await admin('PUT', `/flows/${flowId}/draft`, { document })).status).toBe(200);
    return node.id;
  }

  // Real HTTP, SQLite files and the real SDK: a few seconds each on a busy machine.
  vi.setConfig({ testTimeout: 20_000 });

  describe('languages to pick from', () => {
    it("lists Azure's languages with its voices, whatever language filters the voices", async () => {
      const { admin } = await start();
      const reply = await admin<{
        engine: string;
        voices: { name: string }[];
        languages: string[];
      }>('GET', '/speech/voices?language=cy-GB');
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        engine: 'azure',
        voices: [{ name: 'cy-GB-NiaNeural', language: 'cy-GB', label: 'Nia', gender: 'female' }],
        languages: ['cy-GB', 'de-DE', 'en-US'],
      });
    });

    it("lists Twilio's <Say> languages without Azure", async () => {
      server = await startTestServer({ postgres });
      const admin = await server.admin();
      const reply = await admin<{ engine: string; languages: string[] }>('GET', '/speech/voices');
      expect(reply.body.engine).toBe('twilio');
      expect(reply.body.languages).toEqual(twilioLanguages.map((l) => l.language));
    });
  });

  describe("publishing checks prompts against Azure's voices", () => {
    it('reads the voice list it has not read yet, and refuses a voice Azure lacks, naming it', async () => {
      const { admin, fake, flowId } = await start();
      const nodeId = await sayWith(admin, flowId, 'en-US', 'en-US-NobodyNeural');
      // Nothing asked Azure for its voices before publishing.
      expect(fake.voiceRequests).toEqual([]);
      const refused = await admin<{ error: { code: string }; findings: Finding[] }>(
        'POST',
        `/flows/${flowId}/publish`,
        { message: 'New voice' },
      );
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('flow_has_errors');
      expect(refused.body.findings).toContainEqual(
        expect.objectContaining({
          code: 'prompt-voice-unknown',
          severity: 'error',
          nodeId,
          message: expect.stringContaining(
            'the prompt\'s voice "en-US-NobodyNeural" is not a voice Azure Speech offers',
          ),
        }),
      );
      expect(fake.voiceRequests).toEqual([{ authorized: true }]);
    });

    it("publishes a language only Azure speaks, which Twilio's list would refuse", async () => {
      const { admin, fake, flowId } = await start();
      await sayWith(admin, flowId, 'cy-GB', 'cy-GB-NiaNeural');
      const published = await admin<{ number: number; findings: Finding[] }>(
        'POST',
        `/flows/${flowId}/publish`,
        { message: 'Welsh' },
      );
      expect(published.status).toBe(201);
      expect(published.body.findings.filter((f) => f.code.startsWith('prompt-'))).toEqual([]);
      expect(fake.voiceRequests).toHaveLength(1);
    });

    it('publishes with a warning, not a silent pass, when Azure does not answer', async () => {
      const { admin, fake, flowId } = await start();
      await sayWith(admin, flowId, 'en-US', 'en-US-NobodyNeural');
      await fake.close();
      azure = undefined;
      const published = await admin<{ number: number; findings: Finding[] }>(
        'POST',
        `/flows/${flowId}/publish`,
        { message: 'Azure is down' },
      );
      expect(published.status).toBe(201);
      const speech = published.body.findings.filter((f) => f.code.startsWith('prompt-'));
      expect(speech).toEqual([
        {
          code: 'prompt-voices-unchecked',
          severity: 'warning',
          message: expect.stringMatching(
            /^Voices could not be checked: Azure Speech did not answer \(.+\)\. The voice and language of (the spoken text were|\d+ spoken texts were) not checked against what Azure Speech speaks\.$/,
          ),
        },
      ]);
      // The draft's check says the same rather than judging Azure's voices by Twilio's list.
      const flow = await admin<{ findings: Finding[]; ok: boolean }>('GET', `/flows/${flowId}`);
      expect(flow.body.findings.map((f) => f.code)).toContain('prompt-voices-unchecked');
      expect(flow.body.findings.map((f) => f.code)).not.toContain('prompt-voice-unknown');
    });
  });
});
