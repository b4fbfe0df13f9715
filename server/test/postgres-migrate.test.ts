import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewerSchemaError } from '../src/db/migrate.js';
import { migratePostgres } from '../src/db/postgres/migrate.js';
import { BASELINE_VERSION, POSTGRES_MIGRATIONS } from '../src/db/postgres/migrations.js';
import { type PostgresServer, startPostgres, withClient } from './support/postgres.js';

const applied = async (client: pg.ClientBase) =>
  (await client.query('SELECT version, name FROM schema_migrations ORDER BY version')).rows;

/** The version the newest of this Ringflow's migrations brings a database to. */
const LATEST = POSTGRES_MIGRATIONS.at(-1)?.version ?? BASELINE_VERSION;
const ALL_APPLIED = POSTGRES_MIGRATIONS.map(({ version, name }) => ({ version, name }));

const tableExists = async (client: pg.ClientBase, name: string) =>
  (await client.query('SELECT to_regclass($1) AS t', [name])).rows[0]?.t !== null;

describe('migrating a PostgreSQL database', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.stop(), 60_000);

  it('applies the baseline and the changes after it to an empty database, and nothing the second time', async () => {
    await withClient(await server.createDatabase(), async (client) => {
      expect(await migratePostgres(client)).toEqual({ from: 0, to: LATEST });
      expect(await migratePostgres(client)).toEqual({ from: LATEST, to: LATEST });
      expect(ALL_APPLIED[0]).toEqual({ version: BASELINE_VERSION, name: 'baseline' });
      expect(await applied(client)).toEqual(ALL_APPLIED);
    });
  });

  it('rolls back a migration that fails, names it, and applies it once it is fixed', async () => {
    await withClient(await server.createDatabase(), async (client) => {
      const broken = {
        version: LATEST + 1,
        name: 'labels',
        sql: 'CREATE TABLE labels (id text); SELECT * FROM missing;',
      };
      await expect(migratePostgres(client, [...POSTGRES_MIGRATIONS, broken])).rejects.toThrow(
        new RegExp(
          `^Migration ${LATEST + 1} \\(labels\\) failed: relation "missing" does not exist`,
        ),
      );
      expect(await tableExists(client, 'labels')).toBe(false);
      expect(await applied(client)).toEqual(ALL_APPLIED);

      const fixed = { ...broken, sql: 'CREATE TABLE labels (id text);' };
      expect(await migratePostgres(client, [...POSTGRES_MIGRATIONS, fixed])).toEqual({
        from: LATEST,
        to: LATEST + 1,
      });
      expect(await tableExists(client, 'labels')).toBe(true);

      // This Ringflow knows only up to LATEST: it must not run on the newer schema.
      await expect(migratePostgres(client)).rejects.toThrow(NewerSchemaError);
    });
  });

  it('lets one of several processes starting together migrate, and the others wait for it', async () => {
    const url = await server.createDatabase();
    const results = await Promise.all(
      [1, 2, 3].map(() => withClient(url, (client) => migratePostgres(client))),
    );
    expect(results.map((r) => r.from).sort((a, b) => a - b)).toEqual([0, LATEST, LATEST]);
    expect(await withClient(url, applied)).toEqual(ALL_APPLIED);
  });

  it('keeps what SQLite enforces beyond the shape: checks, the case of e-mail addresses, immutable revisions', async () => {
    await withClient(await server.createDatabase(), async (client) => {
      await migratePostgres(client);
      const user =
        "INSERT INTO users (id, email, name, password_hash, role, created_at) VALUES ($1, $2, 'A', 'h', $3, 'now')";
      await client.query(user, ['u1', 'Ann@Example.com', 'owner']);
      await expect(client.query(user, ['u2', 'ann@example.com', 'admin'])).rejects.toThrow(
        /users_email_key/,
      );
      await expect(client.query(user, ['u3', 'bob@example.com', 'guest'])).rejects.toThrow(
        /users_role_check/,
      );
      const found = await client.query('SELECT id FROM users WHERE email = $1', [
        'ANN@example.COM',
      ]);
      expect(found.rows).toEqual([{ id: 'u1' }]);

      await client.query(
        "INSERT INTO flows (id, name, draft, draft_updated_at, created_at) VALUES ('f1', 'F', '{}', 'now', 'now')",
      );
      await client.query(
        "INSERT INTO flow_revisions (id, flow_id, number, document, message, author_id, created_at) VALUES ('r1', 'f1', 1, '{}', 'm', 'u1', 'now')",
      );
      await expect(
        client.query("UPDATE flow_revisions SET document = '[]' WHERE id = 'r1'"),
      ).rejects.toThrow('flow revisions are immutable; publish a new one');
      // Deleting the author only forgets who it was, as in SQLite.
      await client.query("DELETE FROM users WHERE id = 'u1'");
      const revision = await client.query(
        "SELECT author_id, document FROM flow_revisions WHERE id = 'r1'",
      );
      expect(revision.rows).toEqual([{ author_id: null, document: '{}' }]);

      const outbox = `INSERT INTO outbox (kind, payload, idempotency_key, status, not_before, created_at, updated_at)
        VALUES ('sms', '{}', $1, 'pending', 0, 0, 0) RETURNING id, attempts`;
      const ids = [
        (await client.query(outbox, ['k1'])).rows[0],
        (await client.query(outbox, ['k2'])).rows[0],
      ];
      expect(ids).toEqual([
        { id: '1', attempts: '0' },
        { id: '2', attempts: '0' },
      ]);
    });
  });
});
