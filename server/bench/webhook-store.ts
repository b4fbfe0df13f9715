/**
 * @module
 * The second reference of the webhook benchmarks ("bare Hono + SQLite
 * write", `bare-app.ts` with `STORE_FILE`, and `webhook-profile.ts`): the
 * least a server can do that keeps what a call did before it answers. Each
 * webhook reads its call's last row and appends its form, in a transaction of
 * its own, in WAL with `synchronous = NORMAL` as Ringflow's database. The gap
 * between the bare app and this is what durability alone costs; the gap
 * between this and Ringflow is Ringflow's own work.
 */
import Database from 'better-sqlite3';

/**
 * Appends a webhook to its call's rows in `file`; does nothing without a file.
 *
 * @example
 * const keep = webhookStore('/tmp/webhooks.db');
 * keep('CA123', JSON.stringify(params));
 */
export function webhookStore(file: string | undefined): (callSid: string, params: string) => void {
  if (!file) return () => {};
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE IF NOT EXISTS webhooks (
    call_sid TEXT NOT NULL, n INTEGER NOT NULL, params TEXT NOT NULL,
    PRIMARY KEY (call_sid, n)) WITHOUT ROWID`);
  const last = db.prepare<[string], { n: number | null }>(
    'SELECT MAX(n) AS n FROM webhooks WHERE call_sid = ?',
  );
  const insert = db.prepare('INSERT INTO webhooks (call_sid, n, params) VALUES (?, ?, ?)');
  const append = db.transaction((callSid: string, params: string) => {
    insert.run(callSid, (last.get(callSid)?.n ?? 0) + 1, params);
  });
  return (callSid, params) => append.immediate(callSid, params);
}
