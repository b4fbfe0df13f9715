import type { Migration } from '../migrate.js';

/**
 * Scenarios: saved simulator runs a flow is tested against. The document is
 * the scenario as the API shows it (without its id); they go with their flow.
 */
export const scenarios: Migration = {
  version: 3,
  name: 'scenarios',
  sql: /* sql */ `
    CREATE TABLE scenarios (
      id TEXT PRIMARY KEY,
      flow_id TEXT NOT NULL REFERENCES flows (id) ON DELETE CASCADE,
      document TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX scenarios_flow ON scenarios (flow_id, created_at, id);
  `,
};
