/**
 * @module
 * Reads a SQLite database's {@link SchemaShape} from its PRAGMAs.
 */
import type { Db } from '../../src/db/database.js';
import {
  columnsIn,
  type IndexShape,
  type SchemaShape,
  type TableShape,
  type TypeClass,
} from './schema-shape.js';

/**
 * Columns declared TEXT that hold packed texts (BLOBs, src/db/packed-text.ts):
 * their class is what they hold, as PostgreSQL's bytea must say.
 */
export const PACKED_TEXT_COLUMNS = ['calls.result', 'call_trace.entries'];

/** SQLite's rules for a declared type's affinity (https://sqlite.org/datatype3.html#determination_of_column_affinity). */
export function affinity(declared: string): TypeClass {
  const type = declared.toUpperCase();
  if (type.includes('INT')) return 'integer';
  if (/CHAR|CLOB|TEXT/.test(type)) return 'text';
  if (type === '' || type.includes('BLOB')) return 'blob';
  if (/REAL|FLOA|DOUB/.test(type)) return 'real';
  return 'numeric';
}

/**
 * @example
 * const shape = readSqliteShape(openDatabase(':memory:'));
 */
export function readSqliteShape(db: Db): SchemaShape {
  const tables: Record<string, TableShape> = {};
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  for (const name of names) tables[name] = readTable(db, name);
  const triggers = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
    .pluck()
    .all() as string[];
  return { tables, triggers: triggers.sort() };
}

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

interface ForeignKeyInfo {
  id: number;
  table: string;
  from: string;
  to: string;
  on_delete: string;
}

function readTable(db: Db, table: string): TableShape {
  const info = db.pragma(`table_info(${table})`) as ColumnInfo[];
  const primaryKey = info
    .filter((c) => c.pk > 0)
    .sort((x, y) => x.pk - y.pk)
    .map((c) => c.name);
  const columns: TableShape['columns'] = {};
  for (const c of info) {
    const packed = PACKED_TEXT_COLUMNS.includes(`${table}.${c.name}`);
    columns[c.name] = {
      type: packed ? 'blob' : affinity(c.type),
      // A PRIMARY KEY column is never null in PostgreSQL; SQLite only says so when declared.
      notNull: c.notnull === 1 || c.pk > 0,
      default: c.dflt_value,
    };
  }
  const foreignKeys = new Map<
    number,
    { from: string[]; table: string; to: string[]; onDelete: string }
  >();
  for (const f of db.pragma(`foreign_key_list(${table})`) as ForeignKeyInfo[]) {
    const key = foreignKeys.get(f.id) ?? {
      from: [],
      table: f.table,
      to: [],
      onDelete: f.on_delete,
    };
    key.from.push(f.from);
    key.to.push(f.to);
    foreignKeys.set(f.id, key);
  }
  const unique: string[] = [];
  const indexes: Record<string, IndexShape> = {};
  const columnNames = info.map((c) => c.name);
  for (const index of db.pragma(`index_list(${table})`) as {
    name: string;
    unique: number;
    origin: string;
  }[]) {
    const keys = (
      db.pragma(`index_xinfo(${index.name})`) as { name: string; desc: number; key: number }[]
    )
      .filter((k) => k.key === 1)
      .map((k) => (k.desc ? `${k.name} DESC` : k.name));
    if (index.origin === 'u') unique.push(keys.join(','));
    if (index.origin !== 'c') continue;
    const sql = db
      .prepare('SELECT sql FROM sqlite_schema WHERE name = ?')
      .pluck()
      .get(index.name) as string;
    const where = /\bWHERE\b([\s\S]*)$/i.exec(sql)?.[1];
    indexes[index.name] = {
      columns: keys,
      unique: index.unique === 1,
      predicateColumns: where === undefined ? null : columnsIn(where, columnNames),
    };
  }
  const references = [...foreignKeys.values()].map(
    (k) => `${k.from.join(',')} -> ${k.table}(${k.to.join(',')}) ON DELETE ${k.onDelete}`,
  );
  return { columns, primaryKey, unique: unique.sort(), foreignKeys: references.sort(), indexes };
}
