import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMp3 } from '../../test/fakes/mp3.js';
import { makeWav } from '../../test/fakes/wav.js';
import { adminApi } from '../src/api/admin-api.js';
import { listAudit } from '../src/db/audit.js';
import { getGreeting, recordGreetingAudio, recordGreetingSynthesis } from '../src/db/greetings.js';
import { findOutboxByKey } from '../src/db/outbox.js';
import type { Connection } from '../src/db/sql/connection.js';
import type { ServerDeps } from '../src/deps.js';
import { greetingPlayback } from '../src/media/greeting-playback.js';
import { mediaRouter } from '../src/media/router.js';
import { mediaUrl } from '../src/media/signing.js';
import { renderTwiml } from '../src/providers/twilio/twiml.js';
import { type ApiHarness, apiHarness } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

/** The greetings API and the public media routes in-process, on a real SQLite file. */
let h: ApiHarness<Connection>;

const MB = 1024 * 1024;
const BASE = 'https://ringflow.example.com';

interface Reply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON field by field
  body: any;
}

/** Sends a multipart form with the owner's token. */
async function sendForm(
  method: string,
  path: string,
  fields: Record<string, string>,
  file?: { bytes: Uint8Array; name: string; type?: string },
): Promise<Reply> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  if (file) form.set('file', new File([file.bytes], file.name, { type: file.type ?? '' }));
  const res = await h.app.request(`/api${path}`, {
    method,
    headers: { Authorization: `Bearer ${h.ownerToken}` },
    body: form,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

const upload = (name: string, bytes: Uint8Array, filename: string, type?: string) =>
  sendForm('POST', '/greetings', { name }, { bytes, name: filename, ...(type ? { type } : {}) });

/** The path of a signed media URL, for the in-process app. */
const local = (url: string) => url.replace(BASE, '');

/** A flow that plays a greeting at node `msg`, then hangs up. */
function greetedFlow(name: string, greetingId: string | null) {
  return {
    schemaVersion: 1,
    name,
    nodes: [
      { id: 'start', type: 'incoming-call', position: { x: 0, y: 0 }, data: {} },
      {
        id: 'msg',
        type: 'play-message',
        position: { x: 0, y: 100 },
        data: {
          prompt: greetingId
            ? { type: 'audio', greetingId }
            : { type: 'say', text: 'Hello.', language: 'en-US' },
        },
      },
      { id: 'bye', type: 'hang-up', position: { x: 0, y: 200 }, data: {} },
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'msg' },
      { id: 'e2', source: 'msg', sourceHandle: 'next', target: 'bye' },
    ],
  };
}

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
    h.app.route('/media', mediaRouter(h.deps));
  });
  afterEach(() => h.close());

  describe('uploading a greeting', () => {
    it('takes a WAV named .mp3 as WAV, with its length, size and audio URL', async () => {
      const wav = makeWav({ seconds: 3 });
      const res = await upload('Welcome', wav, 'welcome.mp3', 'audio/mpeg');
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        name: 'Welcome',
        source: 'upload',
        contentType: 'audio/wav',
        durationSeconds: 3,
        bytes: wav.length,
        version: 1,
        synthesis: null,
        usedBy: [],
      });
      const id = res.body.id as string;
      expect(res.body.audioUrl).toBe(`/api/greetings/${id}/audio?v=1`);
      const stored = await getGreeting(h.db, id);
      expect(stored?.file).toBe(`greetings/${id}-v1.wav`);
      expect(existsSync(join(h.deps.config.dataDir, stored?.file ?? ''))).toBe(true);
      expect((await listAudit(h.db, { limit: 5 }))[0]).toMatchObject({
        action: 'greeting.create',
        subject: id,
      });

      const audio = await h.app.request(`/api/greetings/${id}/audio?v=1`, {
        headers: { Authorization: `Bearer ${h.ownerToken}`, Range: 'bytes=0-43' },
      });
      expect(audio.status).toBe(206);
      expect(audio.headers.get('content-range')).toBe(`bytes 0-43/${wav.length}`);
      expect(Buffer.from(await audio.arrayBuffer())).toEqual(wav.subarray(0, 44));
      const anonymous = await h.app.request(`/api/greetings/${id}/audio`);
      expect(anonymous.status).toBe(401);
    });

    it('takes an MP3 (hand-built silent frames) named .wav as MP3', async () => {
      const res = await upload('Hold', makeMp3({ seconds: 2 }), 'hold.wav', 'audio/wav');
      expect(res.status).toBe(201);
      expect(res.body.contentType).toBe('audio/mpeg');
      expect(res.body.durationSeconds).toBeCloseTo(2, 0);
      expect((await getGreeting(h.db, res.body.id))?.file).toMatch(/-v1\.mp3$/);
    });

    it('keeps a browser recording as source "recording"', async () => {
      const res = await sendForm(
        'POST',
        '/greetings',
        { name: 'Recorded', source: 'recording' },
        { bytes: makeWav({ seconds: 1 }), name: 'recording.wav' },
      );
      expect(res.status).toBe(201);
      expect(res.body.source).toBe('recording');
    });

    it('refuses a text file named .wav, naming the file and what it looks like', async () => {
      const res = await upload('Notes', Buffer.from('Hello, this is not audio.\n'), 'notes.wav');
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual([
        { path: 'file', message: 'not an MP3 or WAV file: it looks like text/plain' },
      ]);
      expect(res.body.error.message).toBe('file: not an MP3 or WAV file: it looks like text/plain');
    });

    it('refuses a 6-minute WAV with its length', async () => {
      const res = await upload('Long', makeWav({ seconds: 360 }), 'long.wav');
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual([
        { path: 'file', message: 'the audio plays 6 min; greetings can be at most 5 minutes' },
      ]);
    });

    it('names the missing name and file', async () => {
      const res = await sendForm('POST', '/greetings', {});
      expect(res.status).toBe(400);
      expect(res.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
        'file',
        'name',
      ]);
      const json = await h.send('POST', '/greetings', { name: 'Welcome' });
      expect(json.status).toBe(415);
      expect(json.body.error.message).toMatch(/multipart\/form-data/);
    });

    /** A body of `total` bytes in 64 KB chunks, counting what the server pulls. */
    function countingBody(total: number) {
      const counter = { pulled: 0 };
      const chunk = new Uint8Array(64 * 1024).fill(0x61);
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (counter.pulled >= total) return controller.close();
          counter.pulled += chunk.length;
          controller.enqueue(chunk);
        },
      });
      return { stream, counter };
    }

    it('refuses 11 MB streamed without Content-Length after reading about 10 MB', async () => {
      const { stream, counter } = countingBody(11 * MB);
      const res = await h.app.request('/api/greetings', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${h.ownerToken}`,
          'Content-Type': 'multipart/form-data; boundary=----x',
        },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      const body: Reply['body'] = await res.json();
      expect(body.error.fields[0].path).toBe('file');
      expect(body.error.message).toMatch(/^file: .*at most 10 MB/);
      expect(counter.pulled).toBeGreaterThan(10 * MB);
      expect(counter.pulled).toBeLessThan(10 * MB + 256 * 1024);
    });

    it('refuses a Content-Length over the cap without reading the body', async () => {
      const { stream, counter } = countingBody(20 * MB);
      const res = await h.app.request('/api/greetings', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${h.ownerToken}`,
          'Content-Type': 'multipart/form-data; boundary=----x',
          'Content-Length': String(20 * MB),
        },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(((await res.json()) as Reply['body']).error.fields[0].path).toBe('file');
      // At most the one chunk a stream pulls ahead when it is made.
      expect(counter.pulled).toBeLessThanOrEqual(64 * 1024);
    });
  });

  describe('changing a greeting', () => {
    it('renames it', async () => {
      const { id } = (await upload('Welcome', makeWav({ seconds: 1 }), 'a.wav')).body;
      const res = await h.send('PATCH', `/greetings/${id}`, { name: 'Welcome (winter)' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name: 'Welcome (winter)', version: 1 });
      expect((await h.send('GET', '/greetings')).body.greetings[0].name).toBe('Welcome (winter)');
      expect((await h.send('PATCH', `/greetings/${id}`, { name: ' ' })).status).toBe(400);
      expect((await h.send('PATCH', `/greetings/${id}`, { text: 'Hi' })).body.error.fields).toEqual(
        [
          {
            path: 'text',
            message: 'Only a text-to-speech greeting has words to speak; replace its audio',
          },
        ],
      );
      expect((await h.send('PATCH', '/greetings/nope', { name: 'x' })).status).toBe(404);
    });

    it('replaces the audio: version + 1, the old signed URL is gone, the new one plays', async () => {
      const first = await upload('Welcome', makeWav({ seconds: 1 }), 'a.wav');
      const { id } = first.body;
      const oldFile = (await getGreeting(h.db, id))?.file ?? '';
      const oldUrl = await mediaUrl(h.deps, `greetings/${id}/1`);
      expect((await h.app.request(local(oldUrl))).status).toBe(200);

      const replaced = await sendForm(
        'PUT',
        `/greetings/${id}/audio`,
        {},
        { bytes: makeMp3({ seconds: 2 }), name: 'b.mp3' },
      );
      expect(replaced.status).toBe(200);
      expect(replaced.body).toMatchObject({ version: 2, contentType: 'audio/mpeg' });
      expect(existsSync(join(h.deps.config.dataDir, oldFile))).toBe(false);

      expect((await h.app.request(local(oldUrl))).status).toBe(404);
      const fresh = await h.app.request(local(await mediaUrl(h.deps, `greetings/${id}/2`)));
      expect(fresh.status).toBe(200);
      expect(fresh.headers.get('content-type')).toBe('audio/mpeg');
      expect(fresh.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await listAudit(h.db, { limit: 1 }))[0]?.action).toBe('greeting.replace');

      const bad = await sendForm(
        'PUT',
        `/greetings/${id}/audio`,
        {},
        { bytes: Buffer.from('nope'), name: 'c.wav' },
      );
      expect(bad.status).toBe(400);
      expect((await getGreeting(h.db, id))?.version).toBe(2);
    });

    it('serves media only with the right signature, with ranges', async () => {
      const wav = makeWav({ seconds: 1 });
      const { id } = (await upload('Welcome', wav, 'a.wav')).body;
      const url = local(await mediaUrl(h.deps, `greetings/${id}/1`));
      const part = await h.app.request(url, { headers: { Range: 'bytes=10-19' } });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-length')).toBe('10');
      expect(Buffer.from(await part.arrayBuffer())).toEqual(wav.subarray(10, 20));
      const whole = await h.app.request(url);
      expect(whole.headers.get('content-length')).toBe(String(wav.length));

      const changed = url.replace(/sig=(.)/, (_m, c: string) => `sig=${c === 'a' ? 'b' : 'a'}`);
      expect((await h.app.request(changed)).status).toBe(403);
      expect((await h.app.request(url.replace(/\?sig=.*/, ''))).status).toBe(403);
      // A valid signature of one greeting does not open another path.
      const other = url.replace(`/greetings/${id}/1`, `/greetings/${id}/2`);
      expect((await h.app.request(other)).status).toBe(403);
      expect((await h.app.request(local(await mediaUrl(h.deps, 'greetings/gone/1')))).status).toBe(
        404,
      );
    });
  });

  describe('deleting a greeting', () => {
    it('is refused with the flow names while a published revision or a draft plays it', async () => {
      const { id } = (await upload('Welcome', makeWav({ seconds: 1 }), 'a.wav')).body;
      const flow = (
        await h.send('POST', '/flows', { name: 'Main', document: greetedFlow('Main', id) })
      ).body.id;
      const published = await h.send('POST', `/flows/${flow}/publish`, { message: 'v1' });
      expect(published.status).toBe(201);
      await h.send('POST', '/flows', { name: 'Sketch', document: greetedFlow('Sketch', id) });

      let refused = await h.send('DELETE', `/greetings/${id}`);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('in_use');
      expect(refused.body.error.message).toBe(
        '"Welcome" is played by flow "Main" (node msg), flow "Main" (draft, node msg), ' +
          'flow "Sketch" (draft, node msg); choose another greeting there first',
      );
      expect((await h.send('GET', `/greetings/${id}`)).body.usedBy).toHaveLength(3);

      // Drafts changed: the published revision still plays it.
      await h.send('PUT', `/flows/${flow}/draft`, { document: greetedFlow('Main', null) });
      const sketch = (await h.send('GET', '/flows')).body.flows.find(
        (f: { name: string }) => f.name === 'Sketch',
      );
      await h.send('DELETE', `/flows/${sketch.id}`);
      refused = await h.send('DELETE', `/greetings/${id}`);
      expect(refused.body.error.message).toContain('is played by flow "Main" (node msg);');

      await h.send('POST', `/flows/${flow}/publish`, { message: 'v2' });
      expect((await h.send('DELETE', `/greetings/${id}`)).status).toBe(204);
      expect(await getGreeting(h.db, id)).toBeUndefined();
      expect((await listAudit(h.db, { limit: 1 }))[0]?.action).toBe('greeting.delete');
      expect((await h.send('DELETE', `/greetings/${id}`)).status).toBe(404);
    });
  });

  describe('text-to-speech greetings', () => {
    const tts = {
      name: 'Closed',
      text: 'We are closed.',
      voice: 'Polly.Joanna',
      language: 'en-US',
    };

    it('without a speech engine: synthesis unavailable, and <Say> with its voice on calls', async () => {
      const res = await h.send('POST', '/greetings/tts', tts);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        source: 'tts',
        text: 'We are closed.',
        voice: 'Polly.Joanna',
        language: 'en-US',
        synthesis: { status: 'unavailable', error: null },
        audioUrl: null,
      });
      const id = res.body.id as string;
      expect(await findOutboxByKey(h.db, `synthesize-greeting:${id}:1`)).toBeUndefined();
      const xml = await renderTwiml(
        { type: 'play', nodeId: 'msg', greetingId: id },
        {
          actionUrl: `${BASE}/next`,
          recordingStatusUrl: `${BASE}/rec`,
          businessNumber: '+14155550100',
          callerNumber: '+14155550123',
          greetingUrl: greetingPlayback(h.deps),
        },
      );
      expect(xml).toContain('<Say voice="Polly.Joanna" language="en-US">We are closed.</Say>');
      expect((await h.send('POST', '/greetings/tts', { ...tts, text: '' })).status).toBe(400);
      expect(
        (await h.send('POST', '/greetings/tts', { ...tts, text: 'x'.repeat(3001) })).body.error
          .fields[0].path,
      ).toBe('text');
    });

    it('with a speech engine: pending, a synthesize-greeting job per version, audio once stored', async () => {
      const deps: ServerDeps = {
        ...h.deps,
        config: { ...h.deps.config, speech: { key: 'k', region: 'westus', host: null } },
      };
      const app = new Hono().route('/api', adminApi(deps));
      const send = async (method: string, path: string, body: unknown) => {
        const res = await app.request(`/api${path}`, {
          method,
          headers: { Authorization: `Bearer ${h.ownerToken}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: res.status, body: (await res.json()) as Reply['body'] };
      };
      const created = await send('POST', '/greetings/tts', tts);
      expect(created.status).toBe(201);
      expect(created.body.synthesis).toEqual({ status: 'pending', error: null });
      const id = created.body.id as string;
      expect(await findOutboxByKey(h.db, `synthesize-greeting:${id}:1`)).toMatchObject({
        kind: 'synthesize-greeting',
        payload: { greetingId: id, version: 1 },
      });

      // The job of version 1 finishes after the text changed: nothing is recorded.
      const changed = await send('PATCH', `/greetings/${id}`, { text: 'We are open.' });
      expect(changed.body).toMatchObject({ version: 2, text: 'We are open.' });
      expect(await findOutboxByKey(h.db, `synthesize-greeting:${id}:2`)).toBeDefined();
      const audio = {
        file: `greetings/${id}-v1.wav`,
        contentType: 'audio/wav',
        bytes: 10,
        sha256: 'x',
        durationSeconds: 1,
      };
      expect(await recordGreetingAudio(h.db, id, 1, audio)).toBe(false);
      expect(await recordGreetingSynthesis(h.db, id, 1, { status: 'failed', error: 'late' })).toBe(
        false,
      );
      expect(await getGreeting(h.db, id)).toMatchObject({ file: null, synthesisStatus: 'pending' });

      expect(
        await recordGreetingAudio(h.db, id, 2, { ...audio, file: `greetings/${id}-v2.wav` }),
      ).toBe(true);
      expect(await getGreeting(h.db, id)).toMatchObject({ synthesisStatus: 'done', version: 2 });
      expect(await greetingPlayback(h.deps)(id)).toEqual({
        url: await mediaUrl(h.deps, `greetings/${id}/2`),
      });
    });
  });
});
