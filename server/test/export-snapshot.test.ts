import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAudioGreeting } from '../src/db/greetings.js';
import { sqliteOf, sqlOf, transaction } from '../src/db/sql/connection.js';
import { exportArchive } from '../src/export/archive.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import { json, text } from './support/export-fixture.js';
import { adminClient, OWNER, startTestServer, type TestServer } from './support/harness.js';
import { addText } from './support/history.js';

/** More texts than a PostgreSQL cursor hands over in one batch (500), and not a multiple of it. */
const TEXTS = 1201;
/** Larger than what the sockets between server and client buffer, so a download stops half-way. */
const BIG_GREETING = randomBytes(24 * 1024 * 1024);

/**
 * The export streams from one snapshot on each backend: what is written
 * while it runs is not in it, a long history comes out whole and in order,
 * and a download given up half-way gives its connection back.
 */
describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  let server: TestServer;

  beforeAll(async () => {
    // Two connections: a snapshot kept by a dropped download would soon leave none.
    server = await startTestServer({ postgres, env: { DATABASE_POOL_SIZE: '2' } });
    const start = Date.parse('2026-11-01T00:00:00Z');
    await transaction(server.deps.db, async (tx) => {
      for (let i = 0; i < TEXTS; i++) {
        const at = new Date(start + i * 1000).toISOString();
        await addText(tx, at, `text ${String(i).padStart(4, '0')}`);
      }
    });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  /** The archive of the server's database, read chunk by chunk as the test asks. */
  const startExport = () =>
    exportArchive({
      database: sqliteOf(server.deps.db)
        ? { sqliteFile: server.deps.config.databaseFile }
        : { postgres: sqlOf(server.deps.db) },
      dataDir: server.deps.config.dataDir,
      now: server.clock.now(),
    });

  async function readAll(chunks: AsyncGenerator<Uint8Array>, first: Uint8Array[] = []) {
    const parts = [...first];
    for await (const chunk of chunks) parts.push(chunk);
    return unzipSync(new Uint8Array(Buffer.concat(parts)));
  }

  it('holds what was there when it began, not what another request wrote meanwhile', async () => {
    const { chunks, summary } = startExport();
    const first = await chunks.next();
    expect(first.done).toBe(false);
    expect((await server.text('Written while the export ran')).status).toBe(200);
    const files = await readAll(chunks, [first.value as Uint8Array]);

    const bodies = json(files, 'messages.json').map((m: { body: string }) => m.body);
    expect(bodies).toHaveLength(TEXTS);
    // In order across the cursor's batches, none twice, none missed.
    expect(bodies).toEqual(
      Array.from({ length: TEXTS }, (_, i) => `text ${String(i).padStart(4, '0')}`),
    );
    expect(text(files, 'messages.csv').split('\r\n').filter(Boolean)).toHaveLength(TEXTS + 1);
    expect(summary.messages).toBe(TEXTS);
    expect(text(files, 'README.txt')).toContain(`${TEXTS} texts`);

    // The text was stored: the next export, a new snapshot, has it.
    const next = await readAll(startExport().chunks);
    expect(json(next, 'messages.json')).toHaveLength(TEXTS + 1);
    expect(text(next, 'messages.csv')).toContain('Written while the export ran');
  });

  it('gives its connection back when a download is dropped half-way', {
    timeout: 60_000,
  }, async () => {
    const { config, db } = server.deps;
    mkdirSync(join(config.dataDir, 'greetings'), { recursive: true });
    writeFileSync(join(config.dataDir, 'greetings', 'greet_big-v1.wav'), BIG_GREETING);
    await insertAudioGreeting(db, {
      id: 'greet_big',
      name: 'Big',
      source: 'upload',
      audio: {
        file: join('greetings', 'greet_big-v1.wav'),
        contentType: 'audio/wav',
        bytes: BIG_GREETING.length,
        sha256: createHash('sha256').update(BIG_GREETING).digest('hex'),
        durationSeconds: 300,
      },
      at: server.clock.now().toISOString(),
    });
    const login = await server.send('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(OWNER),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const download = () => server.send('/api/export', { headers: { Cookie: cookie } });

    // One more than the pool holds: a connection kept by a dropped download would leave the
    // third waiting for ever (and every request after it).
    for (let i = 0; i < 3; i++) {
      const res = await download();
      expect(res.status).toBe(200);
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      expect((await reader.read()).done).toBe(false);
      // Closes the connection: the server stops writing mid-archive.
      await reader.cancel();
    }

    const admin = await adminClient(server.send);
    expect((await admin('GET', '/numbers')).status).toBe(200);
    const whole = unzipSync(new Uint8Array(await (await download()).arrayBuffer()));
    expect(Buffer.from(whole['greetings/greet_big-v1.wav'] ?? []).equals(BIG_GREETING)).toBe(true);
    expect(server.log.lines.filter((e) => e.level === 'error')).toEqual([]);
  });
});
