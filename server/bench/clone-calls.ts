/**
 * @module
 * Fills a database with many calls fast, for benchmarks that need a big call
 * log: the calls already in it (real ones, played through the server) are
 * copied with every row that points at them, with fresh ids and their times
 * spread back over a period. It reads the schema as it finds it, so a
 * migration that adds a table or a column needs no change here.
 */
import Database from 'better-sqlite3';

type Row = Record<string, unknown>;

interface TableCopy {
  table: string;
  /** The column pointing at calls.id (`id` for the calls table itself). */
  callColumn: string;
  /** Columns given a fresh value per copy: the primary key and unique text columns. */
  fresh: Set<string>;
  /** The INTEGER PRIMARY KEY, left out so SQLite numbers the copies. */
  rowid: string | null;
  insert: Database.Statement;
  rows: Map<string, Row[]>;
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** `value` with its last characters replaced by `n`, so the copy keeps the original's length. */
function vary(value: string, n: number): string {
  const tail = n.toString(36);
  return value.length > tail.length + 4
    ? `${value.slice(0, value.length - tail.length - 1)}-${tail}`
    : `${value}-${tail}`;
}

function describe(db: Database.Database, table: string, callColumn: string): TableCopy {
  const columns = db.prepare(`PRAGMA table_info(${table})`).all() as {
    name: string;
    type: string;
    pk: number;
  }[];
  const pk = columns.filter((c) => c.pk > 0);
  const rowid = pk.length === 1 && pk[0]?.type.toUpperCase() === 'INTEGER' ? pk[0].name : null;
  const fresh = new Set(
    pk.filter((c) => c.name !== rowid && c.name !== callColumn).map((c) => c.name),
  );
  const indexes = db.prepare(`PRAGMA index_list(${table})`).all() as {
    name: string;
    unique: number;
  }[];
  for (const index of indexes.filter((i) => i.unique)) {
    // Of (provider, provider_call_id), only the last column: the provider stays 'twilio'.
    const info = db.prepare(`PRAGMA index_info(${index.name})`).all() as { name: string }[];
    const name = info.at(-1)?.name ?? '';
    const column = columns.find((c) => c.name === name);
    if (column && name !== callColumn && name !== rowid && column.type.toUpperCase() === 'TEXT') {
      fresh.add(name);
    }
  }
  const kept = columns.map((c) => c.name).filter((name) => name !== rowid);
  const insert = db.prepare(
    `INSERT INTO ${table} (${kept.join(', ')}) VALUES (${kept.map((c) => `@${c}`).join(', ')})`,
  );
  return { table, callColumn, fresh, rowid, insert, rows: new Map() };
}

/**
 * Copies the calls in the database at `file` until it holds `total` calls;
 * copy n starts n/total of `spreadMs` before the original.
 * of calls now there.
 *
 * @example
 * cloneCalls(join(dataDir, 'ringflow.db'), 100_000, { spreadMs: 80 * 86_400_000 });
 */
export function cloneCalls(file: string, total: number, options: { spreadMs: number }): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[];
    const copies: TableCopy[] = [describe(db, 'calls', 'id')];
    for (const { name } of tables) {
      const keys = db.prepare(`PRAGMA foreign_key_list(${name})`).all() as {
        table: string;
        from: string;
      }[];
      for (const key of keys.filter((k) => k.table === 'calls'))
        copies.push(describe(db, name, key.from));
    }
    const templates = db.prepare('SELECT id FROM calls ORDER BY started_at').all() as {
      id: string;
    }[];
    if (templates.length === 0) throw new Error('no calls to copy');
    for (const copy of copies) {
      const select = db.prepare(`SELECT * FROM ${copy.table} WHERE ${copy.callColumn} = ?`);
      for (const { id } of templates) copy.rows.set(id, select.all(id) as Row[]);
    }
    const shift = (value: unknown, ms: number) =>
      typeof value === 'string' && ISO.test(value)
        ? new Date(Date.parse(value) - ms).toISOString()
        : value;

    db.transaction(() => {
      for (let n = templates.length; n < total; n++) {
        const template = templates[n % templates.length]?.id ?? '';
        const callId = vary(template, n);
        const ms = Math.floor((n / total) * options.spreadMs);
        for (const copy of copies) {
          for (const row of copy.rows.get(template) ?? []) {
            const out: Row = {};
            for (const [column, value] of Object.entries(row)) {
              if (column === copy.rowid) continue;
              if (column === copy.callColumn) out[column] = callId;
              else if (copy.fresh.has(column) && typeof value === 'string')
                out[column] = vary(value, n);
              else out[column] = shift(value, ms);
            }
            copy.insert.run(out);
          }
        }
      }
    })();
  } finally {
    db.close();
  }
}

/** The number of calls in the database at `file`. */
export function countCalls(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM calls').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
