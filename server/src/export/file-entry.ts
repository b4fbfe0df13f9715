/**
 * @module
 * A file from the data directory as an entry of the export, read in pieces
 * and stored as it is (audio does not compress), so a large recording is
 * never held in memory whole.
 */
import { createReadStream } from 'node:fs';
import type { ZipStream } from './zip-stream.js';

/**
 * Writes the file at `path` as the entry `name`, handing over the chunks as
 * they come; returns false, adding no entry, when the file is gone (deleted
 * while the export ran).
 *
 * @example
 * const added = yield* fileEntry(zip, `recordings/${id}.wav`, path);
 */
export async function* fileEntry(
  zip: ZipStream,
  name: string,
  path: string,
): AsyncGenerator<Uint8Array, boolean> {
  let file: ReturnType<ZipStream['add']> | null = null;
  try {
    for await (const piece of createReadStream(path, { highWaterMark: 64 * 1024 })) {
      file ??= zip.add(name, { compress: false });
      file.write(piece as Buffer);
      yield* zip.take();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || file) throw error;
    return false;
  }
  (file ?? zip.add(name, { compress: false })).end();
  yield* zip.take();
  return true;
}
