/**
 * @module
 * Keeps SQLite's WAL checkpoints off the event loop. By default the
 * connection that commits the thousandth page of WAL copies the whole log back
 * into the database file and fsyncs both, inside that commit: with webhooks
 * committing a dozen pages each, one webhook in about seventy paid for it, and
 * checkpoints were a tenth of the server's CPU under load. Here the main
 * connection never checkpoints; a worker thread with its own connection runs
 * a PASSIVE checkpoint (which never waits for or blocks a writer) a few times
 * a second. Once every frame is copied back, the next commit starts the log
 * from its beginning again, so the file stays small.
 *
 * If the thread cannot run, the main connection checkpoints as before.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database.js';

/** SQLite's own default, restored when the thread is not there to do it. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * The thread, as plain CommonJS so it runs alike under tsx, vitest and the bundle.
 * It is given better-sqlite3's resolved path: an eval'd worker resolves modules
 * from the working directory, not from this file.
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    // SQLITE_BUSY and the like: the next tick tries again.
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Runs a last checkpoint and ends the thread; call before closing the database. */
  stop(): Promise<void>;
}

/**
 * Starts checkpointing the database file `db` has open from a worker thread.
 * A database in memory has no WAL: nothing is started.
 *
 * @example
 * const checkpoints = startCheckpointer(db, (message) => log.warn(message));
 * // ... at shutdown
 * await checkpoints.stop();
 * db.close();
 */
export function startCheckpointer(
  db: Db,
  onProblem: (message: string) => void,
  everyMs = 250,
): Checkpointer {
  if (db.memory) return { stop: async () => undefined };
  const file = db.name;
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD, { eval: true, workerData: { sqlite, file, everyMs } });
  db.pragma('wal_autocheckpoint = 0');
  let stopping = false;
  const fallBack = (why: string) => {
    if (stopping || !db.open) return;
    stopping = true;
    db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    onProblem(`WAL checkpoints are back on the main thread: ${why}`);
  };
  worker.on('error', (error) => fallBack(String(error)));
  worker.on('exit', (code) => fallBack(`the checkpoint thread ended (code ${code})`));
  // An idle thread must not keep the process alive on its own.
  worker.unref();
  return {
    stop: () => {
      if (stopping) return Promise.resolve();
      stopping = true;
      return new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      });
    },
  };
}
