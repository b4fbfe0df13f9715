import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FlowDocument } from '@ringflow/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCallByProviderId, listCallEvents } from '../src/db/calls.js';
import { postgresStorage } from '../src/db/sql/postgres.js';
import type { Storage } from '../src/db/sql/sql.js';
import { DEMO_ADMIN } from '../src/demo/credentials.js';
import { FakeTwilio } from './support/fake-twilio.js';
import { type PostgresServer, startPostgres } from './support/postgres.js';
import { SERVER_DIR, type ServerProcess, startServerProcess } from './support/server-process.js';

/**
 * Ringflow as several processes on one PostgreSQL database (DATABASE_URL):
 * real server processes started as `pnpm start` starts them, webhooks of one
 * call spread over them, a retried webhook sent to two at once.
 */
const PUBLIC_URL = 'https://ringflow.example.com';
const AUTH_TOKEN = 'multi-process-token';

describe('several processes on one PostgreSQL database', () => {
  let pg: PostgresServer;
  let processes: ServerProcess[] = [];
  let storage: Storage;

  beforeAll(async () => {
    pg = await startPostgres();
    const url = await pg.createDatabase();
    // Started together on an empty database: one migrates and seeds, the other waits and finds it done.
    const start = () =>
      startServerProcess(
        { DATABASE_URL: url, PUBLIC_BASE_URL: PUBLIC_URL, TWILIO_AUTH_TOKEN: AUTH_TOKEN },
        ['--demo'],
      );
    processes = await Promise.all([start(), start()]);
    storage = postgresStorage({ url });
  }, 120_000);
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await storage?.close();
    await pg?.stop();
  }, 60_000);

  /** Sends each webhook to the next process in turn. */
  const alternating = () => {
    let next = 0;
    return (pathAndQuery: string, init: RequestInit) => {
      const p = processes[next++ % processes.length] as ServerProcess;
      return fetch(`${p.url}${pathAndQuery}`, { ...init, signal: AbortSignal.timeout(20_000) });
    };
  };

  it('serves one call whose webhooks reach different processes', async () => {
    const call = new FakeTwilio(alternating(), PUBLIC_URL, AUTH_TOKEN);
    const first = await call.ring();
    expect(first.status).toBe(200);
    // In office hours the team is rung; after hours the menu answers: either way, one more step.
    const dial = first.verbs.some((v) => v.name === 'Dial');
    const next = dial
      ? await call.act(first, 'Dial', { DialCallStatus: 'completed', DialCallDuration: '30' })
      : await call.act(first, 'Gather', { Digits: '2' });
    expect(next.status).toBe(200);
    expect((await call.hangUp('completed', '40')).status).toBe(200);
    const stored = await findCallByProviderId(storage, 'twilio', call.callSid);
    expect(stored).toMatchObject({ status: 'ended' });
    expect(stored?.outcome).toBe(dial ? 'answered' : 'abandoned');
  }, 60_000);

  it('steps a call once when a retried webhook reaches two processes at once', async () => {
    const answers: string[] = [];
    let toAll = false;
    const next = alternating();
    // Either to the next process, or the same signed request to every process at the same moment.
    const send = async (pathAndQuery: string, init: RequestInit) => {
      if (!toAll) return next(pathAndQuery, init);
      const replies = await Promise.all(
        processes.map((p) => fetch(`${p.url}${pathAndQuery}`, { ...init })),
      );
      for (const r of replies) answers.push(await r.clone().text());
      return replies[0] as Response;
    };
    const call = new FakeTwilio(send, PUBLIC_URL, AUTH_TOKEN);
    const first = await call.ring();
    const before = await findCallByProviderId(storage, 'twilio', call.callSid);
    toAll = true;
    const verb = first.verbs.some((v) => v.name === 'Dial') ? 'Dial' : 'Gather';
    await call.act(
      first,
      verb,
      verb === 'Dial' ? { DialCallStatus: 'no-answer' } : { Digits: '2' },
    );
    expect(answers).toHaveLength(2);
    expect(answers[0]).toBe(answers[1]);
    expect(answers[0]).toContain('<Response>');
    const after = await findCallByProviderId(storage, 'twilio', call.callSid);
    expect(after?.step).toBe((before?.step ?? 0) + 1);
    const replies = (await listCallEvents(storage, after?.id ?? '')).filter(
      (e) => e.kind === 'instruction',
    );
    // One reply per step: the retry was answered from the first's, not stepped again.
    expect(replies.map((e) => e.step)).toEqual([...new Set(replies.map((e) => e.step))]);
  }, 60_000);

  it("makes one call when a call's first webhook reaches two processes at once", async () => {
    const answers: string[] = [];
    const send = async (pathAndQuery: string, init: RequestInit) => {
      const replies = await Promise.all(
        processes.map((p) => fetch(`${p.url}${pathAndQuery}`, { ...init })),
      );
      for (const r of replies) answers.push(await r.clone().text());
      return replies[0] as Response;
    };
    const call = new FakeTwilio(send, PUBLIC_URL, AUTH_TOKEN);
    await call.ring();
    expect(answers).toHaveLength(2);
    expect(answers[0]).toBe(answers[1]);
    expect(answers[0]).not.toContain('Sorry');
    const rows = await storage.all<{ n: number }>(
      'SELECT count(*) AS n FROM calls WHERE provider_call_id = ?',
      [call.callSid],
    );
    expect(rows).toEqual([{ n: 1 }]);
  }, 60_000);

  it('answers the next call on any process with a flow just published on another', async () => {
    const [one, other] = processes as [ServerProcess, ServerProcess];
    const admin = await signIn(one);
    const demo = await admin.json<{ id: string }[]>('GET', '/api/flows', undefined, 'flows');
    const { draft } = await admin.json<{ draft: FlowDocument }>('GET', `/api/flows/${demo[0]?.id}`);
    // The demo, answered straight by its voicemail step, whose greeting says which version it is.
    const version = (words: string): FlowDocument => ({
      ...draft,
      edges: draft.edges.map((e) => (e.source === 'start' ? { ...e, target: 'voicemail' } : e)),
      nodes: draft.nodes.map((n) =>
        n.id === 'voicemail' && n.type === 'voicemail'
          ? { ...n, data: { ...n.data, greeting: { type: 'say', text: words, language: 'en-US' } } }
          : n,
      ),
    });
    const flow = await admin.json<{ id: string }>('POST', '/api/flows', {
      name: 'Second line',
      document: version('First version.'),
    });
    await admin.json('POST', `/api/flows/${flow.id}/publish`, { message: 'first' });
    await admin.json('POST', '/api/numbers', {
      number: '+14155550177',
      name: 'Second line',
      flowId: flow.id,
    });
    const ring = async (p: ServerProcess) => {
      const send = (path: string, init: RequestInit) => fetch(`${p.url}${path}`, init);
      const call = new FakeTwilio(send, PUBLIC_URL, AUTH_TOKEN, '+14155550123', '+14155550177');
      const reply = await call.ring();
      await call.hangUp('completed', '3');
      return reply.body;
    };
    expect(await ring(other)).toContain('First version.');
    await admin.json('PUT', `/api/flows/${flow.id}/draft`, {
      document: version('Second version.'),
    });
    await admin.json('POST', `/api/flows/${flow.id}/publish`, { message: 'second' });
    // The other process compiled the first version a moment ago: the publish must reach it.
    const body = await ring(other);
    expect(body).toContain('Second version.');
    expect(body).not.toContain('First version.');
  }, 60_000);

  it('reports a database it cannot reach in one line that names DATABASE_URL', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        join(SERVER_DIR, 'node_modules/.bin/tsx'),
        ['src/main.ts'],
        {
          cwd: SERVER_DIR,
          timeout: 60_000,
          env: {
            PATH: process.env.PATH,
            DATABASE_URL: 'postgres://ringflow:secret@127.0.0.1:1/ringflow',
            RINGFLOW_DATA_DIR: mkdtempSync(join(tmpdir(), 'ringflow-nodb-')),
            PORT: '0',
            HOST: '127.0.0.1',
          },
        },
        (_error, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
      );
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(
      /^DATABASE_URL: cannot connect to PostgreSQL at postgres:\/\/ringflow:\*\*\*@127\.0\.0\.1:1\/ringflow: /,
    );
    expect(result.stderr).not.toContain('secret');
  }, 60_000);
});

/** Signs in as the demo's owner on `p`; `json` then calls the API with the session and its CSRF token. */
async function signIn(p: ServerProcess) {
  const res = await fetch(`${p.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(DEMO_ADMIN),
  });
  expect(res.status).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    async json<T = unknown>(
      method: string,
      path: string,
      body?: unknown,
      key?: string,
    ): Promise<T> {
      const answer = await fetch(`${p.url}${path}`, {
        method,
        headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const parsed = (await answer.json()) as Record<string, unknown>;
      expect(answer.ok, `${method} ${path}: ${JSON.stringify(parsed)}`).toBe(true);
      return (key ? parsed[key] : parsed) as T;
    },
  };
}
