import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db/database.js';
import type { Logger } from './logger.js';

/** What every route and service is built from; tests pass their own. */
export interface ServerDeps {
  db: Db;
  clock: Clock;
  config: Config;
  log: Logger;
}
