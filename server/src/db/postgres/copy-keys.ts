/**
 * @module
 * The keys of a copy once its rows are in: references that had to wait are
 * checked, and identity columns continue after the ids copied.
 */
import type pg from 'pg';
import type { Db } from '../database.js';
import { CopyFailedError, type TargetColumns } from './copy-target.js';
import { type LateReference, quoteIdentifier as q, type SqliteTable } from './sqlite-tables.js';

/**
 * A reference no order satisfies (a row pointing at a row of its own table
 * copied later) is checked once every row is in: its constraint is made
 * deferrable for this transaction, and back as it was before COMMIT.
 */
export async function deferReferences(
  client: pg.ClientBase,
  late: LateReference[],
): Promise<{ table: string; constraint: string }[]> {
  const deferred: { table: string; constraint: string }[] = [];
  for (const { table, parent } of late) {
    const { rows } = await client.query<{ conname: string }>(
      `SELECT conname FROM pg_constraint
       WHERE contype = 'f' AND NOT condeferrable AND conrelid = $1::regclass AND confrelid = $2::regclass`,
      [q(table), q(parent)],
    );
    for (const { conname } of rows) {
      await client.query(
        `ALTER TABLE ${q(table)} ALTER CONSTRAINT ${q(conname)} DEFERRABLE INITIALLY DEFERRED`,
      );
      deferred.push({ table, constraint: conname });
    }
  }
  return deferred;
}

export async function checkDeferred(
  client: pg.ClientBase,
  deferred: { table: string; constraint: string }[],
): Promise<void> {
  for (const { table, constraint } of deferred) {
    try {
      await client.query(`SET CONSTRAINTS ${q(constraint)} IMMEDIATE`);
    } catch (error) {
      throw new CopyFailedError(
        table,
        `A row of ${table} refers to a row that is not there: ${(error as Error).message}`,
        { cause: error },
      );
    }
    await client.query(
      `ALTER TABLE ${q(table)} ALTER CONSTRAINT ${q(constraint)} NOT DEFERRABLE INITIALLY IMMEDIATE`,
    );
  }
}

/**
 * SQLite's AUTOINCREMENT never hands out an id twice, not even a deleted
 * row's: sqlite_sequence keeps the largest ever given, which can be past
 * the largest left. The sequence continues from whichever is larger.
 */
export async function advanceIdentities(
  source: Db,
  client: pg.ClientBase,
  tables: SqliteTable[],
  target: TargetColumns,
): Promise<void> {
  const hasSequence = source
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_sequence'")
    .get();
  const handedOut = (table: string) =>
    hasSequence
      ? ((source.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').pluck().get(table) as
          | number
          | undefined) ?? 0)
      : 0;
  for (const table of tables) {
    for (const [column, info] of target.get(table.name) ?? []) {
      if (!info.identity) continue;
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST(COALESCE(max(${q(column)}), 0), $3::bigint) + 1, false)
         FROM ${q(table.name)}`,
        [q(table.name), column, handedOut(table.name)],
      );
    }
  }
}
