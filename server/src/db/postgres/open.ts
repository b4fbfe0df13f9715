/**
 * @module
 * Opens the PostgreSQL database named by DATABASE_URL at start: brings its
 * schema up to date (one process at a time, see `migrate.ts`), then gives the
 * pooled storage the server runs on. A database that cannot be reached says
 * so in one line that names DATABASE_URL, without its password.
 */
import pg from 'pg';
import { postgresStorage } from '../sql/postgres.js';
import type { Storage } from '../sql/sql.js';
import { migratePostgres } from './migrate.js';

export class PostgresOpenError extends Error {
  override name = 'PostgresOpenError';
}

/** The URL with its password replaced, fit for a log line. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the URL given';
  }
}

/**
 * @example
 * const storage = await openPostgres({ url: process.env.DATABASE_URL, poolSize: 10 });
 */
export async function openPostgres(options: { url: string; poolSize: number }): Promise<Storage> {
  const client = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new PostgresOpenError(
      `DATABASE_URL: cannot connect to PostgreSQL at ${redactUrl(options.url)}: ${(error as Error).message}`,
    );
  }
  try {
    await migratePostgres(client);
  } catch (error) {
    throw new PostgresOpenError(
      `DATABASE_URL: the schema of ${redactUrl(options.url)} could not be brought up to date: ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  return postgresStorage({ url: options.url, poolSize: options.poolSize });
}
