/**
 * @module
 * The PostgreSQL schema's history, and how it stays the same as SQLite's.
 *
 * SQLite's migrations 1 to 23 (`../migrate.ts`) grew the schema a table at a
 * time and rebuilt tables to change a column's type. PostgreSQL does not
 * replay that history: one baseline, recorded as version 23, creates the
 * schema SQLite has after migration 23.
 *
 * From version 24 on, a schema change is written once per backend, side by
 * side, as one entry of {@link PAIRED_MIGRATIONS}. PostgreSQL's runner
 * applies the `postgres` sides; SQLite's list (`../migrate.ts`) takes the
 * `sqlite` sides after its 23.
 * server/test/schema-drift.test.ts migrates a fresh database of each kind and
 * fails when their schemas differ, or when either backend has a version the
 * other lacks (as SQLite would until that line is there).
 */
import { CALL_TABLES } from './baseline/calls.js';
import { WORKSPACE_TABLES } from './baseline/workspace.js';

/** One schema change as PostgreSQL applies it. */
export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}

/**
 * A schema change after the baseline, in each backend's dialect.
 *
 * @example
 * const voicemailLabels: PairedMigration = {
 *   version: 24,
 *   name: 'voicemail-labels',
 *   sqlite: 'ALTER TABLE voicemails ADD COLUMN label TEXT;',
 *   postgres: 'ALTER TABLE voicemails ADD COLUMN label text;',
 * };
 */
export interface PairedMigration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

/** The version the PostgreSQL baseline stands for: SQLite's last migration written alone. */
export const BASELINE_VERSION = 23;

/** Every schema change after the baseline, in order (versions 24, 25, ...). */
export const PAIRED_MIGRATIONS: readonly PairedMigration[] = [
  {
    // The call log filtered by number, and a number's deletion (its calls' phone_number_id is set to
    // NULL), read every call without it: 52 ms and 39 ms at 200,000 calls, on the event loop.
    version: 24,
    name: 'calls-by-number',
    sqlite: 'CREATE INDEX calls_number ON calls (phone_number_id, started_at);',
    postgres: 'CREATE INDEX calls_number ON calls (phone_number_id, started_at);',
  },
];

/** What PostgreSQL applies, in order: the baseline, then the PostgreSQL side of each paired change. */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  { version: BASELINE_VERSION, name: 'baseline', sql: WORKSPACE_TABLES + CALL_TABLES },
  ...PAIRED_MIGRATIONS.map(({ version, name, postgres }) => ({ version, name, sql: postgres })),
];
