/**
 * @module
 * What a copy into PostgreSQL knows of its target (the tables and columns
 * there, which are identities, which bytea), and the ways it can stop.
 */
import type pg from 'pg';

/** The target already holds rows: copying would double them, so nothing was copied. */
export class TargetNotEmptyError extends Error {
  override name = 'TargetNotEmptyError';
  constructor(readonly tables: string[]) {
    super(`The target already holds rows in ${tables.join(', ')}`);
  }
}

/** The copy stopped at `table` and was rolled back: PostgreSQL refused a row, or the counts differ. */
export class CopyFailedError extends Error {
  override name = 'CopyFailedError';
  constructor(
    readonly table: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A column of the target's schema, as information_schema describes it. */
export interface TargetColumn {
  type: string;
  identity: boolean;
}
/** The target's tables, each with its columns by name. */
export type TargetColumns = Map<string, Map<string, TargetColumn>>;

/** The tables and columns of the schema `client` works in. */
export async function readTargetColumns(client: pg.ClientBase): Promise<TargetColumns> {
  const { rows } = await client.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_identity: string;
  }>(
    `SELECT table_name, column_name, data_type, is_identity FROM information_schema.columns
     WHERE table_schema = current_schema()`,
  );
  const tables: TargetColumns = new Map();
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? new Map<string, TargetColumn>();
    columns.set(row.column_name, { type: row.data_type, identity: row.is_identity === 'YES' });
    tables.set(row.table_name, columns);
  }
  return tables;
}
