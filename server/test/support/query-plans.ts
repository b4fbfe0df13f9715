import type { Statement } from 'better-sqlite3';
import type { Db } from '../../src/db/database.js';

/**
 * Records the SQL of every statement run on any better-sqlite3 connection
 * until `stop()`. Statements are prepared once and cached, so what runs is
 * recorded, not what is prepared.
 *
 * @example
 * const recording = recordStatements(db);
 * await work();
 * recording.stop();
 * for (const sql of recording.sources) console.log(planOf(db, sql));
 */
export function recordStatements(db: Db): { sources: Set<string>; stop: () => void } {
  const sources = new Set<string>();
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, unknown>;
  const originals = (['run', 'get', 'all', 'iterate'] as const).map((name) => {
    const original = proto[name] as (...args: unknown[]) => unknown;
    proto[name] = function (this: Statement, ...args: unknown[]) {
      sources.add(this.source);
      return original.apply(this, args);
    };
    return [name, original] as const;
  });
  return {
    sources,
    stop: () => {
      for (const [name, original] of originals) proto[name] = original;
    },
  };
}

/**
 * What SQLite plans for `sql` (its EXPLAIN QUERY PLAN details), with `params`
 * bound, or every parameter NULL: the plans checked here do not depend on values.
 */
export function planOf(db: Db, sql: string, params?: Record<string, unknown>): string[] {
  const statement = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map((m) => [m[1], null]));
  const positional = (sql.replace(/'[^']*'/g, '').match(/\?/g) ?? []).map(() => null);
  const rows = (
    Object.keys(named).length > 0
      ? statement.all({ ...named, ...params })
      : statement.all(...positional)
  ) as { detail: string }[];
  return rows.map((row) => row.detail);
}
