import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCallByProviderId, listCallEvents } from '../src/db/calls.js';
import { postgresStorage } from '../src/db/sql/postgres.js';
import type { Storage } from '../src/db/sql/sql.js';
import { FakeTwilio } from './support/fake-twilio.js';
import { type PostgresServer, startPostgres } from './support/postgres.js';

/**
 * Ringflow as several processes on one PostgreSQL database (DATABASE_URL):
 * real server processes started as `pnpm start` starts them, webhooks of one
 * call spread over them, a retried webhook sent to two at once.
 */
const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const PUBLIC_URL = 'https://ringflow.example.com';
const AUTH_TOKEN = 'multi-process-token';

interface Process {
  child: ChildProcess;
  url: string;
  dataDir: string;
}

/** Starts `src/main.ts --demo` on `databaseUrl`; resolves with its address once it listens. */
function startProcess(databaseUrl: string): Promise<Process> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ringflow-multi-'));
  const child = spawn(join(SERVER_DIR, 'node_modules/.bin/tsx'), ['src/main.ts', '--demo'], {
    cwd: SERVER_DIR,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: databaseUrl,
      RINGFLOW_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: PUBLIC_URL,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { message?: string; url?: string };
      if (entry.message === 'Ringflow is listening' && entry.url) {
        resolve({ child, url: entry.url, dataDir });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
  });
}

function stopProcess(p: Process): Promise<void> {
  return new Promise((resolve) => {
    if (p.child.exitCode !== null) {
      resolve();
      return;
    }
    p.child.once('exit', () => {
      rmSync(p.dataDir, { recursive: true, force: true });
      resolve();
    });
    p.child.kill('SIGTERM');
  });
}

describe('several processes on one PostgreSQL database', () => {
  let pg: PostgresServer;
  let processes: Process[] = [];
  let storage: Storage;

  beforeAll(async () => {
    pg = await startPostgres();
    const url = await pg.createDatabase();
    // Started together on an empty database: one migrates and seeds, the other waits and finds it done.
    processes = await Promise.all([startProcess(url), startProcess(url)]);
    storage = postgresStorage({ url });
  }, 120_000);
  afterAll(async () => {
    await Promise.all(processes.map(stopProcess));
    await storage?.close();
    await pg?.stop();
  }, 60_000);

  /** Sends each webhook to the next process in turn. */
  const alternating = () => {
    let next = 0;
    return (pathAndQuery: string, init: RequestInit) => {
      const p = processes[next++ % processes.length] as Process;
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
