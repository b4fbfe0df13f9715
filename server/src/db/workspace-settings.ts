/**
 * @module
 * Workspace-wide settings: one JSON document per key (`retention`,
 * `retention.lastRun`, ...). Callers validate what they read; this module
 * only stores and returns the JSON.
 */
import type { Db } from './database.js';
import { sql } from './statements.js';

/**
 * The document stored under `key`, or null when it was never set.
 *
 * @example
 * const retention = getWorkspaceSetting(db, 'retention'); // { voicemailDays: 90, ... } or null
 */
export function getWorkspaceSetting(db: Db, key: string): unknown {
  const row = sql<[string], { value: string }>(
    db,
    'SELECT value FROM workspace_settings WHERE key = ?',
  ).get(key);
  return row ? JSON.parse(row.value) : null;
}

/**
 * Stores (or replaces) the document under `key`.
 *
 * @example
 * putWorkspaceSetting(db, 'retention', { voicemailDays: 90, callDays: null, messageDays: null }, now);
 */
export function putWorkspaceSetting(db: Db, key: string, value: unknown, at: string): void {
  sql(
    db,
    `INSERT INTO workspace_settings (key, value, updated_at) VALUES (@key, @value, @at)
     ON CONFLICT (key) DO UPDATE SET value = @value, updated_at = @at`,
  ).run({ key, value: JSON.stringify(value), at });
}
