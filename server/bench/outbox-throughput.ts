/**
 * @module
 * How many texts a second the outbox delivers: queues texts (with their
 * message-log rows) on a real SQLite file and drains them against the local
 * fake of Twilio's REST API over real HTTP, once per concurrency setting.
 * The target: 100 calls a second, each ending in at most one text.
 *
 * Run: pnpm --filter @ringflow/server exec tsx bench/outbox-throughput.ts [texts] [latencyMs]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { textDelivery } from '../src/auto-replies/delivery.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { transaction } from '../src/db/sql/connection.js';
import { memoryLogger } from '../src/logger.js';
import { queueTeamText } from '../src/outbox/sms.js';

const texts = Number(process.argv[2] ?? 2000);
/** Twilio answers a create in roughly 100-300 ms; the fake answers after this long. */
const latencyMs = Number(process.argv[3] ?? 0);
const accountSid = `AC${'0'.repeat(32)}`;
const authToken = 'bench-token';

for (const concurrency of [1, 8, 16, 32]) {
  const twilio = await startFakeTwilio({ accountSid, authToken });
  twilio.answerDelay(latencyMs);
  const dataDir = mkdtempSync(join(tmpdir(), 'ringflow-outbox-bench-'));
  const config = loadConfig({
    RINGFLOW_DATA_DIR: dataDir,
    TWILIO_ACCOUNT_SID: accountSid,
    TWILIO_AUTH_TOKEN: authToken,
    TWILIO_API_BASE_URL: twilio.url,
    OUTBOX_CONCURRENCY: String(concurrency),
  });
  const deps = {
    db: openDatabase(config.databaseFile),
    clock: systemClock,
    config,
    log: memoryLogger(),
  };
  const now = new Date();
  await transaction(deps.db, async () => {
    for (let i = 0; i < texts; i++) {
      const to = `+1415${String(5_000_000 + i)}`;
      const body = 'Sorry we missed your call. We will call you back.';
      await queueTeamText(deps.db, {
        numberId: null,
        from: '+14155550100',
        to,
        body,
        idempotencyKey: `bench:${i}`,
        at: now.toISOString(),
      });
    }
  });
  const delivery = textDelivery(deps);
  const started = performance.now();
  const report = await delivery.worker.drain();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `concurrency ${String(concurrency).padStart(2)}: ${report.sent}/${texts} sent in ${seconds.toFixed(1)} s = ${Math.round(report.sent / seconds)} texts/s (fake latency ${latencyMs} ms)`,
  );
  deps.db.close();
  await twilio.close();
  rmSync(dataDir, { recursive: true, force: true });
}
