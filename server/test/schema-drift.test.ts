import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { MIGRATIONS } from '../src/db/migrate.js';
import { migratePostgres } from '../src/db/postgres/migrate.js';
import {
  BASELINE_VERSION,
  PAIRED_MIGRATIONS,
  POSTGRES_MIGRATIONS,
} from '../src/db/postgres/migrations.js';
import { type PostgresServer, startPostgres, withClient } from './support/postgres.js';
import { readPostgresShape } from './support/postgres-shape.js';
import { compareShapes } from './support/schema-shape.js';
import { readSqliteShape } from './support/sqlite-shape.js';

const names: [string, string] = ['SQLite', 'PostgreSQL'];

describe('the SQLite and PostgreSQL schemas', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.stop(), 60_000);

  /** A freshly migrated PostgreSQL database, `change` run on it, read back. */
  async function postgresShape(change?: string) {
    return withClient(await server.createDatabase(), async (client) => {
      await migratePostgres(client);
      if (change) await client.query(change);
      return readPostgresShape(client);
    });
  }

  it('are the same after migrating fresh databases', async () => {
    const sqlite = readSqliteShape(openDatabase(':memory:'));
    const postgres = await postgresShape();
    expect(compareShapes(sqlite, postgres, names)).toEqual([]);
    // The comparison saw the whole schema, not two empty ones.
    expect(Object.keys(postgres.tables)).toHaveLength(Object.keys(sqlite.tables).length);
    expect(Object.keys(postgres.tables).length).toBeGreaterThan(25);
    expect(postgres.tables.calls?.indexes.calls_active?.predicateColumns).toEqual(['status']);
    expect(postgres.triggers).toEqual(['flow_revisions_immutable']);
  });

  it('are at the same version, each change after the baseline written for both', () => {
    const sqliteLatest = MIGRATIONS.at(-1)?.version;
    const postgresLatest = POSTGRES_MIGRATIONS.at(-1)?.version;
    expect(
      postgresLatest,
      'SQLite and PostgreSQL disagree on the latest version: write the change as a PairedMigration (src/db/postgres/migrations.ts)',
    ).toBe(sqliteLatest);
    expect(MIGRATIONS.filter((m) => m.version <= BASELINE_VERSION)).toHaveLength(BASELINE_VERSION);
    for (const paired of PAIRED_MIGRATIONS) {
      const sqlite = MIGRATIONS.find((m) => m.version === paired.version);
      expect(sqlite?.sql, `SQLite's migration ${paired.version} is not the paired one`).toBe(
        paired.sqlite,
      );
    }
  });

  it('are told apart when PostgreSQL gains a column', async () => {
    const sqlite = readSqliteShape(openDatabase(':memory:'));
    const postgres = await postgresShape('ALTER TABLE calls ADD COLUMN label text');
    expect(compareShapes(sqlite, postgres, names)).toEqual([
      'calls: column label only in PostgreSQL',
    ]);
  });

  it("are told apart when SQLite gains an index, or a partial index's predicate reads another column", async () => {
    const db = openDatabase(':memory:');
    db.exec(`
      CREATE INDEX calls_outcome ON calls (outcome);
      DROP INDEX calls_active;
      CREATE INDEX calls_active ON calls (started_at) WHERE outcome IS NULL;
    `);
    const differences = compareShapes(readSqliteShape(db), await postgresShape(), names);
    expect(differences).toEqual([
      'calls: index calls_outcome only in SQLite',
      'index calls_active: SQLite {"columns":["started_at"],"unique":false,"predicateColumns":["outcome"]}, PostgreSQL {"columns":["started_at"],"unique":false,"predicateColumns":["status"]}',
    ]);
  });

  it('are told apart when a column is nullable on one side or of another type class', async () => {
    const sqlite = readSqliteShape(openDatabase(':memory:'));
    const postgres = await postgresShape(`
      ALTER TABLE outbox ALTER COLUMN not_before DROP NOT NULL;
      ALTER TABLE contacts ALTER COLUMN name TYPE bytea USING name::bytea;
    `);
    expect(compareShapes(sqlite, postgres, names)).toEqual([
      'contacts.name: SQLite {"type":"text","notNull":false,"default":null}, PostgreSQL {"type":"blob","notNull":false,"default":null}',
      'outbox.not_before: SQLite {"type":"integer","notNull":true,"default":null}, PostgreSQL {"type":"integer","notNull":false,"default":null}',
    ]);
  });
});
