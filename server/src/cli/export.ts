import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database.js';
import { exportArchive } from '../export/archive.js';
import { CliError } from './cli-error.js';

export const EXPORT_USAGE = 'ringflow export --out <file.zip> [--data-dir <dir>] [--force]';

/**
 * Writes the workspace's data (the database in the data directory, and its
 * recordings) to one ZIP file, the same archive as the admin API's
 * GET /api/export. The data directory is --data-dir, else
 * RINGFLOW_DATA_DIR, else .data, relative to where the command was typed.
 * Works while the server runs. Exit 0 when written, 2 for bad arguments, a
 * missing database or an existing file without --force.
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
  if (env.DATABASE_URL) {
    throw new CliError(
      'DATABASE_URL is set: this installation keeps its data in PostgreSQL, and export reads the SQLite file. Back PostgreSQL up with pg_dump (see docs/scaling.md).',
    );
  }
  if (!existsSync(databaseFile)) {
    throw new CliError(
      `No Ringflow database at ${databaseFile}: give the data directory with --data-dir or RINGFLOW_DATA_DIR.`,
    );
  }
  if (!values.force && existsSync(target)) {
    throw new CliError(`${target} exists; choose another --out, or add --force to replace it.`);
  }
  // Brings an older database's schema up to date, as the server would at its start.
  openDatabase(databaseFile).close();

  const { chunks, summary } = exportArchive({ databaseFile, dataDir, now: new Date() });
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
