/**
 * @module
 * Reads a PostgreSQL database's {@link SchemaShape} from its catalogs (the
 * current schema only, without the migration runner's own table).
 */
import type pg from 'pg';
import {
  columnsIn,
  type IndexShape,
  type SchemaShape,
  type TableShape,
  type TypeClass,
  withoutCast,
} from './schema-shape.js';

const TYPE_CLASSES: Record<string, TypeClass> = {
  text: 'text',
  'character varying': 'text',
  smallint: 'integer',
  integer: 'integer',
  bigint: 'integer',
  real: 'real',
  'double precision': 'real',
  bytea: 'blob',
  numeric: 'numeric',
};

const ON_DELETE: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

/**
 * @example
 * const shape = await readPostgresShape(client);
 */
export async function readPostgresShape(client: pg.ClientBase): Promise<SchemaShape> {
  const tables: Record<string, TableShape> = {};
  const { rows: names } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
       AND c.relname <> 'schema_migrations'`,
  );
  for (const { name } of names) tables[name] = await readTable(client, name);
  const { rows: triggers } = await client.query<{ name: string }>(
    `SELECT t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal`,
  );
  return { tables, triggers: triggers.map((t) => t.name).sort() };
}

async function readTable(client: pg.ClientBase, table: string): Promise<TableShape> {
  const { rows: info } = await client.query<{
    name: string;
    type: string;
    not_null: boolean;
    dflt: string | null;
  }>(
    // An identity column named rowid stands for SQLite's implicit rowid (the order rows came in).
    `SELECT a.attname AS name, format_type(a.atttypid, NULL) AS type, a.attnotnull AS not_null,
       pg_get_expr(d.adbin, d.adrelid) AS dflt
     FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
       AND NOT (a.attname = 'rowid' AND a.attidentity <> '')
     ORDER BY a.attnum`,
    [table],
  );
  const columns: TableShape['columns'] = {};
  for (const c of info) {
    columns[c.name] = {
      type: TYPE_CLASSES[c.type] ?? 'numeric',
      notNull: c.not_null,
      default: withoutCast(c.dflt),
    };
  }
  const { rows: constraints } = await client.query<{
    type: string;
    columns: string[];
    target: string | null;
    target_columns: string[] | null;
    on_delete: string;
  }>(
    `SELECT k.contype AS type,
       ARRAY(SELECT attname FROM unnest(k.conkey) WITH ORDINALITY u(n, i)
             JOIN pg_attribute ON attrelid = k.conrelid AND attnum = u.n ORDER BY u.i)::text[] AS columns,
       k.confrelid::regclass::text AS target,
       ARRAY(SELECT attname FROM unnest(k.confkey) WITH ORDINALITY u(n, i)
             JOIN pg_attribute ON attrelid = k.confrelid AND attnum = u.n ORDER BY u.i)::text[] AS target_columns,
       k.confdeltype AS on_delete
     FROM pg_constraint k WHERE k.conrelid = $1::regclass AND k.contype IN ('p', 'u', 'f')`,
    [table],
  );
  const primaryKey = constraints.find((k) => k.type === 'p')?.columns ?? [];
  const unique = constraints.filter((k) => k.type === 'u').map((k) => k.columns.join(','));
  const foreignKeys = constraints
    .filter((k) => k.type === 'f')
    .map(
      (k) =>
        `${k.columns.join(',')} -> ${k.target}(${k.target_columns?.join(',')}) ON DELETE ${ON_DELETE[k.on_delete]}`,
    );
  return {
    columns,
    primaryKey,
    unique: unique.sort(),
    foreignKeys: foreignKeys.sort(),
    indexes: await readIndexes(client, table, Object.keys(columns)),
  };
}

async function readIndexes(client: pg.ClientBase, table: string, columnNames: string[]) {
  const { rows } = await client.query<{
    name: string;
    unique: boolean;
    keys: string[];
    predicate: string | null;
  }>(
    `SELECT c.relname AS name, i.indisunique AS unique, pg_get_expr(i.indpred, i.indrelid) AS predicate,
       ARRAY(SELECT pg_get_indexdef(i.indexrelid, n, true) ||
                    CASE WHEN i.indoption[n - 1] & 1 = 1 THEN ' DESC' ELSE '' END
             FROM generate_series(1, i.indnkeyatts) n ORDER BY n)::text[] AS keys
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = $1::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k
                       WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u'))`,
    [table],
  );
  const indexes: Record<string, IndexShape> = {};
  for (const row of rows) {
    indexes[row.name] = {
      columns: row.keys,
      unique: row.unique,
      predicateColumns: row.predicate === null ? null : columnsIn(row.predicate, columnNames),
    };
  }
  return indexes;
}
