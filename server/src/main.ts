/**
 * @module
 * Starts Ringflow: reads the configuration from the environment, opens the
 * database (applying migrations), seeds the first owner and, with `--demo`,
 * a demo on a fresh database, then serves HTTP, delivers the outbox (texts
 * through Twilio's REST API) and reconciles calls whose status callback was
 * lost until stopped.
 */
import { resolve } from 'node:path';
import { warmFlowWork } from './api/flow-work.js';
import { seedOwner } from './auth/seed-owner.js';
import { textDelivery } from './auto-replies/delivery.js';
import { callReconciler } from './calls/reconciler.js';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { startCheckpointer } from './db/checkpointer.js';
import type { Db } from './db/database.js';
import { DataDirError, openDataDir } from './db/open-data-dir.js';
import { openPostgres, PostgresOpenError, redactUrl } from './db/postgres/open.js';
import type { Storage } from './db/sql/sql.js';
import { DEMO_ADMIN, DEMO_AUTH_TOKEN, DEMO_NUMBER } from './demo/credentials.js';
import { seedDemo } from './demo/seed.js';
import type { ServerDeps } from './deps.js';
import { jsonLogger } from './logger.js';
import { emailProblem } from './notifications/email-ready.js';
import { twilioSetup } from './providers/twilio/credentials.js';
import { startRetentionJob } from './retention/retention-job.js';
import { startServer } from './server.js';
import { speechEngine, speechProblem } from './speech/engine.js';
import { advisoryLeadership, singleProcess } from './work/leadership.js';

async function main(argv: string[]): Promise<void> {
  const log = jsonLogger();
  const demo = argv.includes('--demo');
  const env = { ...process.env };
  // Under `pnpm start` the working directory is server/; a relative data directory
  // means relative to where the command was typed.
  env.RINGFLOW_DATA_DIR = resolve(process.env.INIT_CWD ?? '.', env.RINGFLOW_DATA_DIR || '.data');
  if (demo) {
    // A demo must answer the `ringflow call` player out of the box; real deployments set their own.
    env.TWILIO_AUTH_TOKEN ||= DEMO_AUTH_TOKEN;
    env.RINGFLOW_ADMIN_EMAIL ||= DEMO_ADMIN.email;
    env.RINGFLOW_ADMIN_PASSWORD ||= DEMO_ADMIN.password;
  }
  const config = loadConfig(env);
  // The data directory holds audio either way; the database is its SQLite file or PostgreSQL.
  const sqlite = openDataDir(config.dataDir, config.databaseFile, { database: !config.postgres });
  const db = config.postgres ? await openPostgres(config.postgres) : (sqlite as Db);
  const deps: ServerDeps = { db, clock: systemClock, config, log };
  const checkpoints = sqlite
    ? startCheckpointer(sqlite, (message) => log.warn(message))
    : { stop: async () => undefined };
  // Periodic jobs run on one process at a time when several share PostgreSQL.
  const leadership = config.postgres
    ? advisoryLeadership({ url: config.postgres.url, log })
    : singleProcess();

  if (config.twilio.skipSignatureCheck) {
    log.warn(
      'TWILIO_SKIP_SIGNATURE_CHECK is on: anyone can send fake Twilio webhooks. Never use this in production.',
    );
  }
  await seedOwner(deps);
  if (demo) await seedDemo(deps);

  const server = await startServer(deps);
  const delivery = textDelivery(deps);
  const twilio = twilioSetup(config.twilio);
  if (twilio.problem) log.warn(twilio.problem);
  const mailProblem = emailProblem(config);
  if (mailProblem) log.warn(mailProblem);
  const voiceProblem = speechProblem(config);
  if (voiceProblem) log.warn(voiceProblem);
  // Loads Azure's voice list for the flow validator, which reads it from memory.
  speechEngine(config, { clock: systemClock })
    ?.voices()
    .catch((error) =>
      log.warn('Azure Speech: the voice list could not be read', { error: String(error) }),
    );
  warmFlowWork(deps);
  delivery.worker.start();
  const retention = startRetentionJob(deps, leadership);
  // Ends calls whose status callback was lost, and logs calls refused while storage failed.
  const reconciler = callReconciler(deps, { leadership });
  reconciler.start();
  log.info('Ringflow is listening', {
    url: server.url,
    publicBaseUrl: config.publicBaseUrl,
    dataDir: config.dataDir,
    database: config.postgres ? redactUrl(config.postgres.url) : config.databaseFile,
    ...(demo
      ? {
          login: `${config.admin?.email} / ${env.RINGFLOW_ADMIN_PASSWORD === DEMO_ADMIN.password ? DEMO_ADMIN.password : '(as configured)'}`,
        }
      : {}),
  });
  if (demo) {
    // Webhooks are signed over PUBLIC_BASE_URL, which may differ from the address listened on.
    const signedFor =
      config.publicBaseUrl === server.url ? '' : ` --public-url ${config.publicBaseUrl}`;
    const play = `npm run ringflow -- call --to ${DEMO_NUMBER} --server ${server.url}${signedFor} --events`;
    log.info(
      `Play a call against the demo: in office hours "${play} no-answer,record:20", after hours "${play} 1,record:20"`,
    );
  }

  const stop = async () => {
    // Let a text in flight finish and be recorded before the database closes.
    await delivery.worker.stop();
    await retention.stop();
    await reconciler.stop();
    await server.close();
    await leadership.stop();
    await checkpoints.stop();
    if (sqlite) sqlite.close();
    else await (db as Storage).close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error) => {
  if (
    error instanceof ConfigError ||
    error instanceof DataDirError ||
    error instanceof PostgresOpenError
  ) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
