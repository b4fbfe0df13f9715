/**
 * @module
 * What storage code is handed. Code written for both backends takes a
 * {@link Connection}: the server's open SQLite database as it is, or any
 * {@link Sql} (a PostgreSQL storage, or a transaction of either). Callers
 * that hold a SQLite database pass it unchanged; {@link sqlOf} gives the
 * statements to run on it.
 */
import type { Db } from '../database.js';
import type { Sql } from './sql.js';
import { sqliteStorage } from './sqlite.js';

export type Connection = Db | Sql;

/**
 * @example
 * const row = await sqlOf(db).get<{ n: number }>('SELECT count(*) AS n FROM calls');
 */
export function sqlOf(connection: Connection): Sql {
  return 'dialect' in connection ? connection : sqliteStorage(connection);
}

/**
 * The SQLite database behind a connection, for what only SQLite has (its
 * pragmas, its file); undefined on PostgreSQL.
 *
 * @example
 * const sqlite = sqliteOf(deps.db);
 * if (sqlite) sqlite.pragma('wal_checkpoint(PASSIVE)');
 */
export function sqliteOf(connection: Connection): Db | undefined {
  if (!('dialect' in connection)) return connection;
  return connection.dialect === 'sqlite' ? (connection as Sql & { db: Db }).db : undefined;
}

/**
 * Makes the rest of transaction `tx` wait for any other process inside the
 * same `name`d section, so that processes starting together (seeding the
 * first account, the demo) do it one after the other: a PostgreSQL
 * transaction-scoped advisory lock. On SQLite the transaction's write lock
 * already does this.
 *
 * @example
 * await transaction(db, async (tx) => {
 *   await oneAtATime(tx, 'seed-owner');
 *   if ((await countUsers(tx)) === 0) await createUser(tx, owner, at);
 * });
 */
export async function oneAtATime(tx: Sql, name: string): Promise<void> {
  if (tx.dialect !== 'postgres') return;
  await tx.get('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [`ringflow:${name}`]);
}

/**
 * Runs `work` in one transaction on `connection` (a savepoint when it is
 * already a transaction). See {@link Sql.transaction}.
 *
 * @example
 * await transaction(deps.db, async (tx) => {
 *   await saveLoginThrottle(tx, row);
 *   await recordAudit(tx, entry);
 * });
 */
export function transaction<T>(connection: Connection, work: (tx: Sql) => Promise<T>): Promise<T> {
  return sqlOf(connection).transaction(work);
}
