import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database.js';
import type { ExportSource } from '../db/export-snapshot.js';
import { openPostgres, PostgresOpenError } from '../db/postgres/open.js';
import type { Storage } from '../db/sql/sql.js';
import { exportArchive } from '../export/archive.js';
import { CliError } from './cli-error.js';

export const EXPORT_USAGE = 'ringflow export --out <file.zip> [--data-dir <dir>] [--force]';

/**
 * Writes the workspace's data (the database, and the recordings and
 * greetings in the data directory) to one ZIP file, the same archive as the
 * admin API's GET /api/export. The database is PostgreSQL's when
 * DATABASE_URL is set, else the data directory's SQLite file. The data
 * directory is --data-dir, else RINGFLOW_DATA_DIR, else .data, relative to
 * where the command was typed. Works while the server runs. Exit 0 when
 * written, 2 for bad arguments, a missing or unreachable database or an
 * existing file without --force.
 *
 * @example
 * npm run ringflow -- export --out backup.zip --data-dir /srv/ringflow
 */
export async function exportCommand(
  args: string[],
  out: (line: string) => void,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'data-dir': { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals.length) throw new CliError(`Usage: ${EXPORT_USAGE}`);
  if (!values.out)
    throw new CliError(`--out is required (the ZIP file to write).\nUsage: ${EXPORT_USAGE}`);
  const target = resolve(values.out);
  const dataDir = resolve(values['data-dir'] ?? (env.RINGFLOW_DATA_DIR || '.data'));
  const databaseFile = join(dataDir, 'ringflow.db');
  if (!env.DATABASE_URL && !existsSync(databaseFile)) {
    throw new CliError(
      `No Ringflow database at ${databaseFile}: give the data directory with --data-dir or RINGFLOW_DATA_DIR.`,
    );
  }
  if (!values.force && existsSync(target)) {
    throw new CliError(`${target} exists; choose another --out, or add --force to replace it.`);
  }
  const { database, close } = await openSource(env.DATABASE_URL, databaseFile);
  const { chunks, summary } = exportArchive({ database, dataDir, now: new Date() });
  try {
    await pipeline(
      Readable.from(chunks),
      createWriteStream(target, { flags: values.force ? 'w' : 'wx' }),
    );
  } catch (error) {
    // Created since the check above: someone else's file, left alone.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new CliError(`${target} exists; choose another --out, or add --force to replace it.`);
    }
    rmSync(target, { force: true });
    throw new CliError(`Could not write ${target}: ${(error as Error).message}`, 1);
  } finally {
    await close();
  }
  const s = summary;
  out(`Wrote ${target} (${s.bytes} bytes)`);
  out(
    `  ${s.flows} flows (${s.revisions} revisions), ${s.calls} calls, ${s.messages} texts, ` +
      `${s.decisions} auto-reply decisions, ${s.voicemails} voicemails (${s.recordings} recordings), ` +
      `${s.greetings} greetings (${s.greetingFiles} audio files)`,
  );
  return 0;
}

/**
 * The database to export, its schema brought up to date as the server would
 * at its start: PostgreSQL's at `url`, else the SQLite file.
 */
async function openSource(
  url: string | undefined,
  databaseFile: string,
): Promise<{ database: ExportSource; close: () => Promise<void> }> {
  if (!url) {
    openDatabase(databaseFile).close();
    return { database: { sqliteFile: databaseFile }, close: async () => undefined };
  }
  let storage: Storage;
  try {
    // The export reads through one connection; a second would only sit idle.
    storage = await openPostgres({ url, poolSize: 1 });
  } catch (error) {
    if (error instanceof PostgresOpenError) throw new CliError(error.message);
    throw error;
  }
  return { database: { postgres: storage }, close: () => storage.close() };
}
