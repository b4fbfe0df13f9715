/**
 * @module
 * A database schema reduced to what must agree between SQLite and
 * PostgreSQL, and the comparison that lists where two of them differ. Types
 * are compared by class (SQLite's affinities), since the backends name them
 * differently: TEXT and text are both `text`, INTEGER and bigint `integer`.
 */

export type TypeClass = 'text' | 'integer' | 'real' | 'blob' | 'numeric';

export interface ColumnShape {
  type: TypeClass;
  notNull: boolean;
  /** The default as written, without PostgreSQL's casts (`'[]'`, `0`); null for none. */
  default: string | null;
}

export interface IndexShape {
  /** In order; a descending one ends in ` DESC`. */
  columns: string[];
  unique: boolean;
  /** The columns a partial index's WHERE reads, sorted; null for a whole-table index. */
  predicateColumns: string[] | null;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: string[];
  /** Each UNIQUE constraint's columns, joined by commas; sorted. */
  unique: string[];
  /** `column -> table(column) ON DELETE action`, sorted. */
  foreignKeys: string[];
  /** Named indexes (not those behind a PRIMARY KEY or UNIQUE constraint). */
  indexes: Record<string, IndexShape>;
}

export interface SchemaShape {
  tables: Record<string, TableShape>;
  triggers: string[];
}

/**
 * Every difference between two schemas, in words; empty when they agree.
 *
 * @example
 * compareShapes(sqliteShape, postgresShape, ['SQLite', 'PostgreSQL']);
 * // ['calls: column label only in SQLite']
 */
export function compareShapes(a: SchemaShape, b: SchemaShape, names: [string, string]): string[] {
  const differences: string[] = [];
  const [nameA, nameB] = names;
  const only = (what: string, inA: string[], inB: string[]) => {
    for (const key of inA.filter((k) => !inB.includes(k)))
      differences.push(`${what} ${key} only in ${nameA}`);
    for (const key of inB.filter((k) => !inA.includes(k)))
      differences.push(`${what} ${key} only in ${nameB}`);
  };
  const differ = (what: string, x: unknown, y: unknown) => {
    const [jx, jy] = [JSON.stringify(x), JSON.stringify(y)];
    if (jx !== jy) differences.push(`${what}: ${nameA} ${jx}, ${nameB} ${jy}`);
  };
  only('table', Object.keys(a.tables), Object.keys(b.tables));
  only('trigger', a.triggers, b.triggers);
  for (const [name, ta] of Object.entries(a.tables)) {
    const tb = b.tables[name];
    if (!tb) continue;
    only(`${name}: column`, Object.keys(ta.columns), Object.keys(tb.columns));
    for (const [column, ca] of Object.entries(ta.columns)) {
      const cb = tb.columns[column];
      if (cb) differ(`${name}.${column}`, ca, cb);
    }
    differ(`${name} primary key`, ta.primaryKey, tb.primaryKey);
    only(`${name}: unique`, ta.unique, tb.unique);
    only(`${name}: foreign key`, ta.foreignKeys, tb.foreignKeys);
    only(`${name}: index`, Object.keys(ta.indexes), Object.keys(tb.indexes));
    for (const [index, ia] of Object.entries(ta.indexes)) {
      const ib = tb.indexes[index];
      if (ib) differ(`index ${index}`, ia, ib);
    }
  }
  return differences;
}

/** The names of `columns` that an index's WHERE clause mentions, sorted; quoted text and casts are not names. */
export function columnsIn(predicate: string, columns: string[]): string[] {
  const bare = predicate
    .replace(/'(?:[^']|'')*'/g, ' ')
    .replace(/::[a-z_]+( precision| varying)?/gi, ' ');
  const words = new Set(bare.match(/[a-z_][a-z0-9_]*/gi)?.map((w) => w.toLowerCase()) ?? []);
  return columns.filter((c) => words.has(c)).sort();
}

/** Drops PostgreSQL's cast from a default (`'[]'::text` -> `'[]'`), leaving SQLite's spelling. */
export function withoutCast(expression: string | null): string | null {
  return expression === null ? null : expression.replace(/::[a-z_ ]+$/i, '');
}
