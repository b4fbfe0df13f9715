/**
 * @module
 * Copies a SQLite database's rows into PostgreSQL tables of the same names
 * and columns, all or nothing: one PostgreSQL transaction, committed only
 * when every table holds as many rows as in SQLite. The source is read in
 * one snapshot and streamed in batches, so a large database never sits in
 * memory and rows a running server writes meanwhile cannot skew the counts.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Db } from '../database.js';
import { PACKED, packText } from '../packed-text.js';
import { advanceIdentities, checkDeferred, deferReferences } from './copy-keys.js';
import {
  CopyFailedError,
  readTargetColumns,
  type TargetColumn,
  type TargetColumns,
  TargetNotEmptyError,
} from './copy-target.js';
import { quoteIdentifier as q, type SqliteTable, sqliteTablesInOrder } from './sqlite-tables.js';

export { CopyFailedError, TargetNotEmptyError } from './copy-target.js';

/** A table's rows on each side once copied. */
export interface TableCount {
  table: string;
  sqlite: number;
  postgres: number;
}

export interface CopyProgress {
  table: string;
  copied: number;
  total: number;
}

/** PostgreSQL's PARAMETER limit for one statement is 65,535 ($1 to $65535). */
const MAX_PARAMETERS = 65_535;
/** Rows per INSERT: large enough that round trips do not dominate, small enough for rows of traces. */
const BATCH_ROWS = 500;
/** Two copies started together: the second waits, then finds the rows of the first and refuses. */
const COPY_LOCK = 0x52694370;

/**
 * Texts kept unpacked in SQLite (rows from before packing) in the columns
 * PostgreSQL keeps as bytea: packed on the way, as Ringflow reads them back.
 */
const PACKED_COLUMNS: Record<string, (typeof PACKED)[keyof typeof PACKED]> = {
  'calls.result': PACKED.result,
  'call_trace.entries': PACKED.trace,
  'call_trace.response': PACKED.twiml,
};

/**
 * Copies every table of `source` into the database `client` is connected
 * to, whose schema must already have those tables (`migratePostgres`) and
 * no rows in them. After the rows, each identity column's sequence moves
 * past the largest id copied (and past ids SQLite's AUTOINCREMENT had
 * handed out), so new rows get fresh ids. Throws {@link TargetNotEmptyError}
 * or {@link CopyFailedError}; either way PostgreSQL is left as it was.
 *
 * @example
 * const source = new Database('.data/ringflow.db', { readonly: true, fileMustExist: true });
 * const counts = await copyFromSqlite(source, client); // [{ table: 'users', sqlite: 2, postgres: 2 }, ...]
 */
export async function copyFromSqlite(
  source: Db,
  client: pg.ClientBase,
  options: { onProgress?: (progress: CopyProgress) => void } = {},
): Promise<TableCount[]> {
  const { tables, late } = sqliteTablesInOrder(source);
  const target = await readTargetColumns(client);
  checkTargetHasColumns(tables, target);

  // One read transaction: the counts and the rows come from the same snapshot.
  source.exec('BEGIN');
  try {
    const counts = new Map(tables.map((t) => [t.name, countSqlite(source, t.name)]));
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [COPY_LOCK]);
      const filled = await tablesWithRows(client, tables);
      if (filled.length > 0) throw new TargetNotEmptyError(filled);
      const deferred = await deferReferences(client, late);
      for (const table of tables) {
        const total = counts.get(table.name) ?? 0;
        await copyTable(source, client, table, target, total, options.onProgress);
      }
      await checkDeferred(client, deferred);
      await advanceIdentities(source, client, tables, target);
      const result = await compareCounts(client, tables, counts);
      await client.query('COMMIT');
      // Statistics for the rows just copied now, not when autovacuum comes to them: until then the
      // planner guesses, and may read a contact's calls through the index of all the number's calls.
      await client.query('ANALYZE');
      return result;
    } catch (error) {
      // The connection may be the thing that failed; the server rolls back on its own then.
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    source.exec('ROLLBACK');
  }
}

function checkTargetHasColumns(tables: SqliteTable[], target: TargetColumns): void {
  const missing: string[] = [];
  for (const table of tables) {
    const columns = target.get(table.name);
    if (!columns) missing.push(table.name);
    else
      missing.push(
        ...table.columns.filter((c) => !columns.has(c)).map((c) => `${table.name}.${c}`),
      );
  }
  if (missing.length > 0) {
    throw new CopyFailedError(
      missing[0]?.split('.')[0] ?? '',
      `PostgreSQL's schema has no ${missing.join(', ')}`,
    );
  }
}

function countSqlite(source: Db, table: string): number {
  return source
    .prepare(`SELECT count(*) FROM ${q(table)}`)
    .pluck()
    .get() as number;
}

async function tablesWithRows(client: pg.ClientBase, tables: SqliteTable[]): Promise<string[]> {
  if (tables.length === 0) return [];
  const probes = tables.map(
    (t, i) => `SELECT $${i + 1}::text AS name WHERE EXISTS (SELECT 1 FROM ${q(t.name)})`,
  );
  const { rows } = await client.query<{ name: string }>(
    probes.join(' UNION ALL '),
    tables.map((t) => t.name),
  );
  return rows.map((r) => r.name);
}

/** How a value changes on its way into a bytea column; other columns take SQLite's values as they are. */
function converterFor(table: string, column: string, target: TargetColumn | undefined) {
  if (target?.type !== 'bytea') return undefined;
  const format = PACKED_COLUMNS[`${table}.${column}`];
  return (value: unknown) =>
    typeof value !== 'string'
      ? value
      : format === undefined
        ? Buffer.from(value, 'utf8')
        : packText(format, value);
}

async function copyTable(
  source: Db,
  client: pg.ClientBase,
  table: SqliteTable,
  target: TargetColumns,
  total: number,
  onProgress?: (progress: CopyProgress) => void,
): Promise<void> {
  const width = table.columns.length;
  const batchRows = Math.max(1, Math.min(BATCH_ROWS, Math.floor(MAX_PARAMETERS / width)));
  const columns = target.get(table.name);
  const convert = table.columns.map((c) => converterFor(table.name, c, columns?.get(c)));
  const select = source.prepare(`SELECT ${table.columns.map(q).join(', ')} FROM ${q(table.name)}`);
  // Exact integers: a number past 2^53 would lose digits on its way through a JS number.
  select.raw(true).safeIntegers(true);

  // A full batch is the same statement every time: prepared once, named after its text
  // (a name PostgreSQL keeps for the session, so another text must never reuse it).
  const fullText = insertText(table, batchRows);
  const fullName = `ringflow_copy_${createHash('sha256').update(fullText).digest('hex').slice(0, 32)}`;

  let values: unknown[] = [];
  let copied = 0;
  const flush = async () => {
    const rows = values.length / width;
    const query =
      rows === batchRows ? { name: fullName, text: fullText } : { text: insertText(table, rows) };
    try {
      await client.query({ ...query, values });
    } catch (error) {
      const detail = (error as { detail?: string }).detail;
      throw new CopyFailedError(
        table.name,
        `PostgreSQL refused a row of ${table.name}: ${(error as Error).message}${detail ? ` (${detail})` : ''}`,
        { cause: error },
      );
    }
    copied += rows;
    values = [];
    onProgress?.({ table: table.name, copied, total });
  };
  for (const row of select.iterate() as Iterable<unknown[]>) {
    for (let i = 0; i < width; i++) {
      const value = row[i];
      const change = convert[i];
      values.push(change ? change(value) : value);
    }
    if (values.length === batchRows * width) await flush();
  }
  if (values.length > 0) await flush();
  if (copied === 0) onProgress?.({ table: table.name, copied, total });
}

function insertText(table: SqliteTable, rows: number): string {
  const width = table.columns.length;
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    const params = table.columns.map((_, c) => `$${r * width + c + 1}`);
    tuples.push(`(${params.join(', ')})`);
  }
  return `INSERT INTO ${q(table.name)} (${table.columns.map(q).join(', ')}) VALUES ${tuples.join(', ')}`;
}

async function compareCounts(
  client: pg.ClientBase,
  tables: SqliteTable[],
  counts: Map<string, number>,
): Promise<TableCount[]> {
  const result: TableCount[] = [];
  for (const table of tables) {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${q(table.name)}`,
    );
    result.push({
      table: table.name,
      sqlite: counts.get(table.name) ?? 0,
      postgres: Number(rows[0]?.n),
    });
  }
  const differ = result.filter((c) => c.sqlite !== c.postgres);
  if (differ.length > 0) {
    throw new CopyFailedError(
      differ[0]?.table ?? '',
      `The counts differ after copying: ${differ
        .map((c) => `${c.table} has ${c.sqlite} rows in SQLite, ${c.postgres} in PostgreSQL`)
        .join('; ')}`,
    );
  }
  return result;
}
