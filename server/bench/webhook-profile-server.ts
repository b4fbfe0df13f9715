/**
 * @module
 * The server side of `webhook-profile.ts`, in its own process so that its CPU
 * counters hold the server's work alone: Ringflow on a fresh data directory
 * (demo seeded, SQLite in WAL), or the bare ceiling, a Hono app that reads the
 * form, checks the Twilio signature and answers fixed TwiML.
 *
 * Run by webhook-profile.ts: `node --import tsx bench/webhook-profile-server.ts ringflow|bare|stored`
 * (`stored`: the bare app that also appends each webhook to SQLite, `webhook-store.ts`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { seedOwner } from '../src/auth/seed-owner.js';
import { manualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { startCheckpointer } from '../src/db/checkpointer.js';
import { openDatabase } from '../src/db/database.js';
import { seedDemo } from '../src/demo/seed.js';
import type { Logger } from '../src/logger.js';
import { formParams } from '../src/providers/twilio/form.js';
import { verifyTwilioSignature } from '../src/providers/twilio/signature.js';
import { startServer } from '../src/server.js';
import { webhookStore } from './webhook-store.js';

const BASE = 'https://bench.example.com';
const TOKEN = 'bench-token';
const kind = process.argv[2] ?? 'ringflow';
const send = (message: unknown) => process.send?.(message);

/** Fixed TwiML with the verbs the client follows (a dial, then a recording). */
const FIXED = `<?xml version="1.0" encoding="UTF-8"?><Response><Dial action="${BASE}/webhooks/twilio/voice/action?step=0&amp;kind=dial"><Number>+14155550101</Number></Dial><Record action="${BASE}/webhooks/twilio/voice/action?step=1&amp;kind=record" recordingStatusCallback="${BASE}/webhooks/twilio/recording"/></Response>`;

if (kind === 'bare' || kind === 'stored') {
  const keep = webhookStore(
    kind === 'stored'
      ? join(mkdtempSync(join(tmpdir(), 'ringflow-profile-')), 'webhooks.db')
      : undefined,
  );
  const app = new Hono();
  app.post('*', async (c) => {
    const params = formParams(await c.req.text());
    const url = new URL(c.req.url);
    const ok = verifyTwilioSignature(
      TOKEN,
      c.req.header('X-Twilio-Signature'),
      `${BASE}${url.pathname}${url.search}`,
      params,
    );
    if (!ok) return c.text('bad signature', 403);
    keep(params.CallSid ?? '', JSON.stringify(params));
    return c.body(FIXED, 200, { 'Content-Type': 'text/xml; charset=utf-8' });
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
    send({ url: `http://127.0.0.1:${info.port}` }),
  );
  process.on('message', (m) => {
    if (m === 'stats') send({ stats: { rss: process.memoryUsage().rss } });
    if (m === 'stop') server.close(() => process.exit(0));
  });
} else {
  const dataDir = mkdtempSync(join(tmpdir(), 'ringflow-profile-'));
  const config = loadConfig({
    RINGFLOW_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: BASE,
    TWILIO_AUTH_TOKEN: TOKEN,
  });
  const quiet: Logger = { info() {}, warn() {}, error() {} } as unknown as Logger;
  const db = openDatabase(config.databaseFile);
  const deps = { db, clock: manualClock('2026-11-23T15:00:00Z'), config, log: quiet };
  await seedOwner(deps);
  await seedDemo(deps);
  startCheckpointer(db, (message) => console.error(message));
  const server = await startServer(deps);
  const bytes = () => {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = db.pragma('page_count', { simple: true }) as number;
    const free = db.pragma('freelist_count', { simple: true }) as number;
    return (pages - free) * (db.pragma('page_size', { simple: true }) as number);
  };
  const count = (table: string) =>
    (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  send({ url: server.url, startBytes: bytes() });
  process.on('message', async (m) => {
    if (m === 'stats') {
      const tables = db
        .prepare(
          'SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 40',
        )
        .all();
      send({
        stats: {
          bytes: bytes(),
          calls: count('calls'),
          ended: (
            db.prepare("SELECT COUNT(*) AS n FROM calls WHERE status = 'ended'").get() as {
              n: number;
            }
          ).n,
          traceRows: count('call_trace'),
          tables,
          traceRow: db
            .prepare(
              'SELECT AVG(LENGTH(entries)) AS entries, AVG(LENGTH(response)) AS response FROM call_trace',
            )
            .get(),
          callRow: db
            .prepare(
              'SELECT AVG(LENGTH(result)) AS result, (SELECT COUNT(*) FROM call_snapshots) AS liveSnapshots FROM calls',
            )
            .get(),
          sample: db
            .prepare(
              'SELECT step, entries, LENGTH(response) AS response FROM call_trace WHERE call_id = (SELECT id FROM calls ORDER BY started_at DESC LIMIT 1) ORDER BY n',
            )
            .all(),
          rss: process.memoryUsage().rss,
          heapUsed: process.memoryUsage().heapUsed,
        },
      });
    }
    if (m === 'stop') {
      await server.close();
      db.close();
      if (!process.env.KEEP) rmSync(dataDir, { recursive: true, force: true });
      else console.error(`kept ${dataDir}`);
      process.exit(0);
    }
  });
}
