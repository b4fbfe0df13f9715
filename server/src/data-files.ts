/**
 * @module
 * Files kept under the data directory (recordings), which the database
 * names by their path relative to it.
 */
import { rmSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * The absolute path of `file` (relative to `dataDir`), or null when the path
 * would lead outside the data directory.
 *
 * @example
 * dataFilePath('/srv/ringflow', 'recordings/vm_abc.wav'); // '/srv/ringflow/recordings/vm_abc.wav'
 * dataFilePath('/srv/ringflow', '../etc/passwd'); // null
 */
export function dataFilePath(dataDir: string, file: string): string | null {
  const root = resolve(dataDir);
  const path = resolve(root, file);
  const inside = relative(root, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? path : null;
}

/**
 * Deletes `file` (relative to `dataDir`); a file already gone counts as
 * deleted. Throws for a path outside the data directory or a file that
 * cannot be removed, so the caller does not claim it was.
 *
 * @example
 * removeDataFile(config.dataDir, 'recordings/vm_abc.wav');
 */
export function removeDataFile(dataDir: string, file: string): void {
  const path = dataFilePath(dataDir, file);
  if (!path) throw new Error(`refusing to delete ${file}: it is outside the data directory`);
  rmSync(path, { force: true });
}
