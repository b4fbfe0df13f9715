import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Connection } from './db/sql/connection.js';
import type { Logger } from './logger.js';
import type { FlowWorkPool } from './work/pool.js';

/** What every route and service is built from; tests pass their own. */
export interface ServerDeps {
  /**
   * Where everything is kept: the SQLite database, or a PostgreSQL storage;
   * inside a transaction, the transaction (`{ ...deps, db: tx }`).
   */
  db: Connection;
  clock: Clock;
  config: Config;
  log: Logger;
  /** Runs flow-sized work off the event loop; absent: one pool shared by the process. */
  flowWork?: FlowWorkPool;
}
