import type { Migration } from '../migrate.js';

/**
 * Readiness: `/readyz` proves the database can be written by updating this
 * one row in a transaction, so a load balancer stops sending calls to a
 * server whose disk is full or whose files are immutable. The reconciler
 * looks for live calls that went quiet; the partial index keeps that cheap
 * however long the call log grows.
 */
export const health: Migration = {
  version: 10,
  name: 'health-and-reconciler',
  sql: /* sql */ `
    CREATE TABLE health (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      checked_at TEXT NOT NULL
    );
    CREATE INDEX calls_active ON calls (started_at) WHERE status = 'active';
  `,
};
