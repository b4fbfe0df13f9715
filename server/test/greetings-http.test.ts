import { afterEach, describe, expect, it } from 'vitest';
import { makeWav } from '../../test/fakes/wav.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import { OWNER, PUBLIC_URL, startTestServer, type TestServer } from './support/harness.js';

/**
 * A greeting on a live call over real HTTP: uploaded through the admin API,
 * chosen as the demo flow's voicemail greeting, published, and played to a
 * caller through Twilio's webhooks as a signed URL anyone (the provider) can
 * fetch without a login, and nobody can alter.
 */
describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);

  let server: TestServer;
  afterEach(async () => {
    await server?.close();
  });

  /** Logs in as the owner: what a multipart upload needs besides the body. */
  async function session(send: TestServer['send']) {
    const login = await send('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(OWNER),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    return { Cookie: cookie, 'X-CSRF-Token': csrfToken };
  }

  interface FlowNode {
    id: string;
    type: string;
    data: Record<string, unknown>;
  }

  describe('a greeting on a live call', () => {
    it('plays the uploaded voicemail greeting with a signed URL: 200 without login, 403 altered', async () => {
      // One connection: a webhook that looked anything up outside its own transaction would wait forever.
      server = await startTestServer({ postgres, env: { DATABASE_POOL_SIZE: '1' } });
      const headers = await session(server.send);
      const wav = makeWav({ seconds: 2 });
      const form = new FormData();
      form.set('name', 'Voicemail greeting');
      form.set('file', new File([wav], 'greeting.wav', { type: 'audio/wav' }));
      const uploaded = await server.send('/api/greetings', { method: 'POST', headers, body: form });
      expect(uploaded.status).toBe(201);
      const greeting = (await uploaded.json()) as { id: string; version: number };

      const admin = await server.admin();
      const flows = await admin<{ flows: { id: string }[] }>('GET', '/flows');
      const flowId = flows.body.flows[0]?.id ?? '';
      const flow = await admin<{ draft: { nodes: FlowNode[] } }>('GET', `/flows/${flowId}`);
      const document = flow.body.draft;
      const voicemail = document.nodes.find((n) => n.type === 'voicemail');
      if (!voicemail) throw new Error('the demo flow has no voicemail node');
      voicemail.data.greeting = { type: 'audio', greetingId: greeting.id };
      expect((await admin('PUT', `/flows/${flowId}/draft`, { document })).status).toBe(200);
      const published = await admin('POST', `/flows/${flowId}/publish`, { message: 'greeting' });
      expect(published.status).toBe(201);

      const call = server.call('+14155550123');
      const ringing = await call.ring();
      const reply = await call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
      expect(reply.verbs.map((v) => v.name)).toEqual(['Play', 'Record', 'Redirect']);
      const url = reply.verbs[0]?.text ?? '';
      expect(url).toMatch(
        new RegExp(`^${PUBLIC_URL}/media/greetings/${greeting.id}/1\\?sig=[0-9a-f]{64}$`),
      );

      const path = url.slice(PUBLIC_URL.length);
      const audio = await server.send(path, {});
      expect(audio.status).toBe(200);
      expect(audio.headers.get('content-type')).toBe('audio/wav');
      expect(audio.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(Buffer.from(await audio.arrayBuffer())).toEqual(wav);

      const last = path.at(-1) === '0' ? '1' : '0';
      const altered = await server.send(`${path.slice(0, -1)}${last}`, {});
      expect(altered.status).toBe(403);

      // The secret was generated once and kept: the same URL works after a restart.
      await server.restart();
      expect((await server.send(path, {})).status).toBe(200);
    });

    it('answers an upload over 10 MB with 413 naming the file, as a browser sends it', async () => {
      server = await startTestServer({ postgres });
      const headers = await session(server.send);
      const form = new FormData();
      form.set('name', 'Huge');
      form.set('file', new File([new Uint8Array(11 * 1024 * 1024)], 'huge.wav'));
      const res = await server.send('/api/greetings', { method: 'POST', headers, body: form });
      expect(res.status).toBe(413);
      const body = (await res.json()) as { error: { fields: { path: string }[] } };
      expect(body.error.fields[0]?.path).toBe('file');
    });

    it('answers a streamed upload over 10 MB without Content-Length with 413 too', async () => {
      server = await startTestServer({ postgres });
      const headers = await session(server.send);
      let sent = 0;
      const chunk = new Uint8Array(64 * 1024);
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= 11 * 1024 * 1024) return controller.close();
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
      const res = await server.send('/api/greetings', {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'multipart/form-data; boundary=x' },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(await res.text()).toContain('greetings can be at most 10 MB');
    });
  });

  describe("a greeting's audio for signed-in users", () => {
    it('plays inline, and downloads as an attachment named after the greeting with ?download=1', async () => {
      server = await startTestServer({ postgres });
      const headers = await session(server.send);
      const wav = makeWav({ seconds: 1 });
      const form = new FormData();
      form.set('name', 'Closed – holidays!');
      form.set('file', new File([wav], 'closed.wav', { type: 'audio/wav' }));
      const uploaded = await server.send('/api/greetings', { method: 'POST', headers, body: form });
      const { id } = (await uploaded.json()) as { id: string };

      const inline = await server.send(`/api/greetings/${id}/audio`, { headers });
      expect(inline.status).toBe(200);
      expect(inline.headers.get('content-disposition')).toBeNull();

      const download = await server.send(`/api/greetings/${id}/audio?download=1`, { headers });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-disposition')).toBe(
        'attachment; filename="greeting-closed-holidays-v1.wav"',
      );
      expect(Buffer.from(await download.arrayBuffer())).toEqual(wav);

      const bad = await server.send(`/api/greetings/${id}/audio?download=yes`, { headers });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(await bad.json())).toContain('download');
    });
  });
});
