/**
 * @module
 * Opens the data directory and its database at start, turning every way it
 * can be wrong into one line that names the path and what to do (a raw
 * `SqliteError: unable to open database file` with a stack said neither).
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Db, openDatabase } from './database.js';
import { NewerSchemaError } from './migrate.js';

/** A data directory or database Ringflow cannot start on; the message is the whole story. */
export class DataDirError extends Error {
  override name = 'DataDirError';
}

const SET_DIR = 'or set RINGFLOW_DATA_DIR to another directory';

function code(error: unknown): string {
  return (error as { code?: unknown })?.code?.toString() ?? '';
}

/** Throws DataDirError unless `dataDir` is (or can be made) a directory Ringflow can write. */
function checkDirectory(dataDir: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dataDir).isDirectory();
  } catch (error) {
    // ENOTDIR: a file stands where one of its parents should be; mkdir says so below.
    if (code(error) !== 'ENOENT' && code(error) !== 'ENOTDIR') {
      throw new DataDirError(
        `The data directory ${dataDir} cannot be read (${code(error)}): check its permissions, ${SET_DIR}`,
      );
    }
    try {
      mkdirSync(dataDir, { recursive: true });
      isDirectory = true;
    } catch (made) {
      throw new DataDirError(
        `The data directory ${dataDir} does not exist and cannot be created (${code(made)}): create it, ${SET_DIR}`,
      );
    }
  }
  if (!isDirectory) {
    throw new DataDirError(
      `The data directory ${dataDir} is not a directory: set RINGFLOW_DATA_DIR to a directory`,
    );
  }
  // A real write, not access(): it also catches read-only mounts, and root ignoring the mode.
  const probe = join(dataDir, `.ringflow-write-check-${process.pid}`);
  try {
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (error) {
    throw new DataDirError(
      `The data directory ${dataDir} is not writable (${code(error)}): let the user running Ringflow write to it, ${SET_DIR}`,
    );
  }
}

/** The one-line explanation of a failure to open or migrate the database file. */
function databaseProblem(file: string, error: unknown): string {
  if (error instanceof NewerSchemaError) {
    return `The database ${file} is at schema version ${error.found}, newer than this Ringflow knows (${error.latest}): run a newer Ringflow, or restore a backup made for this version`;
  }
  const sqlite = code(error);
  if (sqlite === 'SQLITE_NOTADB') {
    return `${file} is not a SQLite database: move it out of the data directory (Ringflow then creates a new one), ${SET_DIR}`;
  }
  if (sqlite === 'SQLITE_CORRUPT') {
    return `The database ${file} is damaged: restore it from a backup`;
  }
  if (sqlite.startsWith('SQLITE_READONLY')) {
    return `The database ${file} is read-only: let the user running Ringflow write to it (and to its -wal and -shm files)`;
  }
  if (sqlite.startsWith('SQLITE_CANTOPEN') || sqlite === 'EISDIR') {
    return `The database ${file} cannot be opened: it must be a file the user running Ringflow can read and write`;
  }
  return `The database ${file} cannot be opened (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Checks the data directory, then opens its database (applying migrations).
 * Every failure is a DataDirError whose message names the path and the fix.
 *
 * @example
 * try {
 *   const db = openDataDir(config.dataDir, config.databaseFile);
 * } catch (error) {
 *   if (error instanceof DataDirError) console.error(error.message);
 * }
 */
export function openDataDir(dataDir: string, databaseFile: string): Db;
export function openDataDir(
  dataDir: string,
  databaseFile: string,
  options: { database: boolean },
): Db | undefined;
export function openDataDir(
  dataDir: string,
  databaseFile: string,
  options = { database: true },
): Db | undefined {
  checkDirectory(dataDir);
  // On PostgreSQL the directory still holds recordings and greetings: checked, no file opened.
  if (!options.database) return undefined;
  try {
    const stat = statSync(databaseFile, { throwIfNoEntry: false });
    if (stat && !stat.isFile()) {
      throw new DataDirError(
        `The database ${databaseFile} is not a file: move it away, ${SET_DIR}`,
      );
    }
    return openDatabase(databaseFile);
  } catch (error) {
    if (error instanceof DataDirError) throw error;
    throw new DataDirError(databaseProblem(databaseFile, error));
  }
}
