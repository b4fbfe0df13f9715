/**
 * @module
 * The tables of a SQLite database as a copy must visit them: read from the
 * database itself (not a list kept by hand, which a new table would outgrow),
 * parents before the tables that refer to them.
 */
import type { Db } from '../database.js';

/** One table to copy, with its columns in SQLite's order. */
export interface SqliteTable {
  name: string;
  columns: string[];
}

/** A foreign key that no table order can satisfy (a table referring to itself, or a cycle). */
export interface LateReference {
  table: string;
  parent: string;
}

interface ForeignKeyRow {
  table: string;
}

/**
 * The tables of `db` in an order that satisfies its foreign keys: each
 * table comes after every table it refers to; ties in name order, so two
 * runs copy alike. SQLite's own tables (`sqlite_sequence`, statistics) are
 * left out. References the order cannot satisfy are returned apart: their
 * constraints must wait for the end of the copy.
 *
 * @example
 * const { tables } = sqliteTablesInOrder(db);
 * tables.map((t) => t.name); // ['contacts', ..., 'users', ..., 'calls', 'call_trace', ...]
 */
export function sqliteTablesInOrder(db: Db): { tables: SqliteTable[]; late: LateReference[] } {
  const names = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const parents = new Map<string, Set<string>>();
  const late: LateReference[] = [];
  for (const name of names) {
    const references = new Set<string>();
    for (const fk of db.pragma(`foreign_key_list(${quoteIdentifier(name)})`) as ForeignKeyRow[]) {
      if (fk.table === name) late.push({ table: name, parent: name });
      else if (names.includes(fk.table)) references.add(fk.table);
    }
    parents.set(name, references);
  }

  const ordered: string[] = [];
  const left = new Set(names);
  while (left.size > 0) {
    const ready = [...left].filter((name) =>
      [...(parents.get(name) ?? [])].every((p) => !left.has(p)),
    );
    if (ready.length === 0) {
      // A cycle between tables: copy the rest in name order, their references among themselves checked at the end.
      for (const name of left) {
        for (const parent of parents.get(name) ?? []) {
          if (left.has(parent)) late.push({ table: name, parent });
        }
      }
      ordered.push(...left);
      break;
    }
    for (const name of ready) {
      ordered.push(name);
      left.delete(name);
    }
  }

  const tables = ordered.map((name) => ({
    name,
    columns: (db.pragma(`table_info(${quoteIdentifier(name)})`) as { name: string }[]).map(
      (c) => c.name,
    ),
  }));
  return { tables, late: dedupe(late) };
}

function dedupe(references: LateReference[]): LateReference[] {
  const seen = new Map(references.map((r) => [`${r.table}\u0000${r.parent}`, r]));
  return [...seen.values()];
}

/** An identifier quoted for SQL; both SQLite and PostgreSQL read double quotes alike. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
