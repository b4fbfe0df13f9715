/**
 * @module
 * Brings a PostgreSQL database's schema up to date at start. Progress is kept
 * in `schema_migrations`, one row per version applied. Several processes may
 * start together on one database: an advisory lock lets one migrate while the
 * others wait, then find nothing left to do.
 */
import type pg from 'pg';
import { NewerSchemaError } from '../migrate.js';
import { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations.js';

/** Any fixed number, the same in every Ringflow process: "Ring" in ASCII. */
const MIGRATION_LOCK = 0x52696e67;

/**
 * Applies the migrations the database has not seen yet, each in its own
 * transaction with its row in `schema_migrations`, so a failed one leaves no
 * trace and the next start tries it again. Takes one connection (not a pool):
 * the lock and each transaction belong to one session.
 *
 * @example
 * const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
 * await client.connect();
 * await migratePostgres(client); // { from: 0, to: 24 } on an empty database
 */
export async function migratePostgres(
  client: pg.ClientBase,
  migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS,
): Promise<{ from: number; to: number }> {
  const latest = migrations.at(-1)?.version ?? 0;
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_migrations',
    );
    const from = rows[0]?.version ?? 0;
    if (from > latest) throw new NewerSchemaError(from, latest);
    for (const migration of migrations) {
      if (migration.version > from) await apply(client, migration);
    }
    return { from, to: latest };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

async function apply(client: pg.ClientBase, migration: PostgresMigration): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(migration.sql);
    await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
      migration.version,
      migration.name,
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new Error(
      `Migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}
