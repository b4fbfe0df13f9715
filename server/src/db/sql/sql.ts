/**
 * @module
 * One way to run SQL on either backend. The embedded SQLite database answers
 * synchronously; PostgreSQL over the network does not: code written against
 * {@link Sql} awaits every statement and runs alike on both. The SQL text is
 * SQLite's (`?` and `@name` parameters, camelCase aliases unquoted); the
 * PostgreSQL side translates it once per text (`./translate.ts`).
 *
 * What differs between the two and is not translated: a function of one
 * dialect only (`strftime`, `json_extract`; `json_each` and `instr` are
 * translated), `LIMIT -1`, `INSERT OR IGNORE` (write `ON CONFLICT DO NOTHING`,
 * which both read), and a parameter PostgreSQL cannot type from where it
 * first stands: write `CAST(@x AS TEXT) IS NULL` (or `BIGINT`), not `@x IS
 * NULL`, which both read alike. `dialect` is there for the rare text
 * that has to be written twice.
 */

/** `?` parameters in order, or `@name` parameters by name (without the `@`). */
export type Params = readonly unknown[] | object;

export type Dialect = 'sqlite' | 'postgres';

export interface Sql {
  readonly dialect: Dialect;
  /**
   * Appended to a SELECT that reads a row the transaction is about to change:
   * ` FOR UPDATE` on PostgreSQL, where another process may be changing it at
   * the same moment; nothing on SQLite, whose write lock is taken at BEGIN.
   */
  readonly forUpdate: string;
  /**
   * Appended to a SELECT that claims work from a queue: ` FOR UPDATE SKIP
   * LOCKED` on PostgreSQL, so processes claiming at once take different rows
   * and none waits for another; nothing on SQLite.
   */
  readonly skipLocked: string;
  /** The first row, or undefined. */
  get<R>(text: string, params?: Params): Promise<R | undefined>;
  all<R>(text: string, params?: Params): Promise<R[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(text: string, params?: Params): Promise<number>;
  /**
   * Runs `work` in one transaction and resolves once it is committed; inside
   * a transaction, in a savepoint (a failure rolls back `work`'s writes only).
   * On PostgreSQL `work` may run again when the database aborts it for a
   * conflict with another process (a serialization failure or a deadlock),
   * so it must not act outside the database: return what to do, do it after.
   *
   * @example
   * const id = await storage.transaction(async (tx) => {
   *   const row = await tx.get<{ id: string }>(`SELECT id FROM calls WHERE provider_call_id = ?${tx.forUpdate}`, [sid]);
   *   await tx.run('UPDATE calls SET status = ? WHERE id = ?', ['ended', row?.id]);
   *   return row?.id;
   * });
   */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
}

/** A database the server runs on: statements outside a transaction, transactions, and an end. */
export interface Storage extends Sql {
  close(): Promise<void>;
}
