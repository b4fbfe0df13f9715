import { type Connection, sqlOf } from './sql/connection.js';

/**
 * The document stored under `key`, or null when it was never set.
 *
 * @example
 * const retention = getWorkspaceSetting(db, 'retention'); // { voicemailDays: 90, ... } or null
 */
export async function getWorkspaceSetting(db: Connection, key: string): Promise<unknown> {
  const row = await sqlOf(db).get<{ value: string }>(
    'SELECT value FROM workspace_settings WHERE key = ?',
    [key],
  );
  return row ? JSON.parse(row.value) : null;
}

/**
 * Stores (or replaces) the document under `key`.
 *
 * @example
 * putWorkspaceSetting(db, 'retention', { voicemailDays: 90, callDays: null, messageDays: null }, now);
 */
export async function putWorkspaceSetting(
  db: Connection,
  key: string,
  value: unknown,
  at: string,
): Promise<void> {
  await sqlOf(db).run(
    `INSERT INTO workspace_settings (key, value, updated_at) VALUES (@key, @value, @at)
     ON CONFLICT (key) DO UPDATE SET value = @value, updated_at = @at`,
    { key, value: JSON.stringify(value), at },
  );
}
