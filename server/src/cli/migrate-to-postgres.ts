import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Db } from '../db/database.js';
import { MIGRATIONS, NewerSchemaError } from '../db/migrate.js';
import {
  CopyFailedError,
  copyFromSqlite,
  type TableCount,
  TargetNotEmptyError,
} from '../db/postgres/copy-from-sqlite.js';
import { migratePostgres } from '../db/postgres/migrate.js';
import { GREETINGS_DIR } from '../greetings/greeting-file.js';
import { SPEECH_DIR } from '../speech/prompt-synthesis.js';
import { RECORDINGS_DIR } from '../voicemail/audio-file.js';
import { CliError } from './cli-error.js';

export const MIGRATE_TO_POSTGRES_USAGE =
  'ringflow migrate-to-postgres --from <ringflow.db> [--to <postgres://user:password@host:5432/database>]';

/** How long an unreachable server may keep the command waiting. */
const CONNECT_TIMEOUT_MS = 10_000;
/** A large table says how far it got every so many rows. */
const PROGRESS_EVERY = 100_000;

/**
 * Copies a Ringflow SQLite database (opened read-only, so it works whether
 * the server runs or not) into an empty PostgreSQL database: the schema
 * first, then every table's rows in one transaction, committed only when
 * each table counts the same rows on both sides. `--to` defaults to
 * DATABASE_URL. Exit 0 when copied, 1 when the copy failed and was rolled
 * back, 2 for bad options, a source or target it cannot use, or a target
 * that already holds rows.
 *
 * @example
 * npm run ringflow -- migrate-to-postgres --from .data/ringflow.db --to postgres://ringflow@localhost/ringflow
 */
export async function migrateToPostgresCommand(
  args: string[],
  out: (line: string) => void,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: 'string' }, to: { type: 'string' } },
  });
  if (positionals.length) throw new CliError(`Usage: ${MIGRATE_TO_POSTGRES_USAGE}`);
  if (!values.from) {
    throw new CliError(
      `--from is required: the SQLite database to copy (ringflow.db in the data directory, .data/ringflow.db by default).\nUsage: ${MIGRATE_TO_POSTGRES_USAGE}`,
    );
  }
  const url = values.to || env.DATABASE_URL;
  if (!url) {
    throw new CliError(
      `--to is required (or set DATABASE_URL): the PostgreSQL database to copy into, as postgres://user:password@host:5432/database.\nUsage: ${MIGRATE_TO_POSTGRES_USAGE}`,
    );
  }
  const shown = checkUrl(url);
  const file = resolve(values.from);
  const source = openSource(file);
  try {
    const client = await connect(url, shown);
    try {
      await prepareSchema(client, shown);
      out(`Copying ${file} into ${shown}`);
      const counts = await copy(source, client, shown, out);
      report(counts, file, shown, out);
      return 0;
    } finally {
      await client.end().catch(() => undefined);
    }
  } finally {
    source.close();
  }
}

/** The URL as it may be printed (no password); throws for anything but a PostgreSQL URL. */
function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    parsed = new URL('invalid:');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new CliError(
      `--to must be a PostgreSQL URL such as postgres://user:password@host:5432/database; got "${redact(url)}".`,
    );
  }
  if (parsed.password) parsed.password = '***';
  if (parsed.searchParams.has('password')) parsed.searchParams.set('password', '***');
  return parsed.toString();
}

/** A string that is not a PostgreSQL URL may still hold a password: hidden, between ':' and '@'. */
function redact(url: string): string {
  return url.replace(/:[^:@/]*@/, ':***@');
}

/** The SQLite file, read-only, checked to be a Ringflow database at this Ringflow's schema version. */
function openSource(file: string): Db {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) {
    throw new CliError(
      `--from: there is no file ${file}. Give the Ringflow database file: ringflow.db in the data directory (.data/ringflow.db by default).`,
    );
  }
  if (!stat.isFile()) throw new CliError(`--from: ${file} is not a file; give ringflow.db itself.`);
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('flows', 'calls')")
      .pluck()
      .all();
    if (version === 0 || tables.length < 2) {
      throw new CliError(`--from: ${file} is not a Ringflow database (it has no Ringflow tables).`);
    }
    if (version > latest) {
      throw new CliError(
        `--from: ${file} is at schema version ${version}, newer than this Ringflow knows (${latest}): run migrate-to-postgres from the Ringflow that wrote it.`,
      );
    }
    if (version < latest) {
      throw new CliError(
        `--from: ${file} is at schema version ${version}, older than this Ringflow's (${latest}): start this Ringflow once on its data directory (RINGFLOW_DATA_DIR=${dirname(file)}), which brings the database up to date, stop it, then run this command again.`,
      );
    }
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof CliError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') {
      throw new CliError(`--from: ${file} is not a SQLite database, so not a Ringflow database.`);
    }
    throw new CliError(`--from: ${file} cannot be read: ${(error as Error).message}`);
  }
}

async function connect(url: string, shown: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // A connection lost mid-copy also fails the query running on it; this keeps it from crashing the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new CliError(`--to: cannot connect to ${shown}: ${connectProblem(error)}`);
  }
}

function connectProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  switch (code) {
    case 'ECONNREFUSED':
      return 'nothing accepts connections there; is PostgreSQL running, on that host and port?';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'no such host.';
    case '28P01':
    case '28000':
      return `PostgreSQL refused the user or password (${message}).`;
    case '3D000':
      return `${message}; create it first (createdb), empty.`;
    default:
      return /timeout/i.test(message)
        ? `no answer within ${CONNECT_TIMEOUT_MS / 1000} s.`
        : `${message}.`;
  }
}

/** Creates (or checks) the schema; it must stand at the SQLite schema's version. */
async function prepareSchema(client: pg.Client, shown: string): Promise<void> {
  try {
    const { to } = await migratePostgres(client);
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    if (to !== latest) {
      throw new CliError(
        `--to: this Ringflow's PostgreSQL schema is at version ${to}, its SQLite schema at ${latest}; it cannot copy between them.`,
        1,
      );
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof NewerSchemaError) {
      throw new CliError(
        `--to: ${shown} is at schema version ${error.found}, newer than this Ringflow knows (${error.latest}): give an empty database.`,
      );
    }
    throw new CliError(
      `--to: cannot create Ringflow's tables in ${shown}: ${(error as Error).message}`,
      1,
    );
  }
}

async function copy(
  source: Db,
  client: pg.Client,
  shown: string,
  out: (line: string) => void,
): Promise<TableCount[]> {
  let reported = 0;
  try {
    return await copyFromSqlite(source, client, {
      onProgress: ({ table, copied, total }) => {
        if (copied < reported) reported = 0;
        if (copied - reported >= PROGRESS_EVERY && copied < total) {
          out(`  ${table}: ${copied} of ${total} rows…`);
          reported = copied;
        }
      },
    });
  } catch (error) {
    if (error instanceof TargetNotEmptyError) {
      throw new CliError(
        `--to: ${shown} already holds Ringflow data (rows in ${error.tables.join(', ')}); nothing was copied. Give an empty database, e.g. a new one made with createdb.`,
      );
    }
    if (error instanceof CopyFailedError) {
      throw new CliError(
        `${error.message}. The copy was rolled back: no rows were written to ${shown}.`,
        1,
      );
    }
    throw new CliError(
      `The copy failed and was rolled back, so no rows were written to ${shown}: ${(error as Error).message}`,
      1,
    );
  }
}

function report(counts: TableCount[], file: string, shown: string, out: (line: string) => void) {
  const width = Math.max(5, ...counts.map((c) => c.table.length));
  out(`${'table'.padEnd(width)}  ${'SQLite'.padStart(9)}  ${'PostgreSQL'.padStart(10)}`);
  // In name order for reading; they were copied parents first.
  const byName = [...counts].sort((a, b) => a.table.localeCompare(b.table));
  for (const c of byName) {
    out(
      `${c.table.padEnd(width)}  ${String(c.sqlite).padStart(9)}  ${String(c.postgres).padStart(10)}`,
    );
  }
  const rows = counts.reduce((sum, c) => sum + c.postgres, 0);
  out(
    `Audio is not in the database: voicemail recordings (${RECORDINGS_DIR}/), greetings (${GREETINGS_DIR}/) and synthesized speech (${SPEECH_DIR}/) stay as files in the data directory (the folder of ringflow.db, here ${dirname(file)}), where the copied rows name them; keep it.`,
  );
  out(
    `Copied ${rows} rows in ${counts.length} tables into ${shown}; every table counts the same rows as in ${file}.`,
  );
}
