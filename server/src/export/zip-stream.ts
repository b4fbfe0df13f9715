/**
 * @module
 * A ZIP archive written entry by entry with fflate's streaming `Zip`: what
 * is written comes out as chunks the caller takes and passes on, so the
 * whole archive never sits in memory.
 */
import { Zip, ZipDeflate, type ZipInputFile, ZipPassThrough } from 'fflate';

/** Text is gathered up to this size before it is compressed, for better compression. */
const TEXT_BUFFER = 64 * 1024;

const encoder = new TextEncoder();

/** One file in the archive, open for writing. */
export interface ZipEntry {
  write(data: string | Uint8Array): void;
  /** Closes the entry; the next one can be added. */
  end(): void;
}

/**
 * An archive being written. Add entries one after another (each ended
 * before the next), `take()` the chunks produced so far, then `end()`.
 *
 * @example
 * const zip = new ZipStream(new Date());
 * const readme = zip.add('README.txt');
 * readme.write('Hello');
 * readme.end();
 * zip.end();
 * const chunks = zip.take();
 */
export class ZipStream {
  private chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip: Zip;
  /** Bytes of archive produced so far. */
  bytes = 0;

  constructor(private readonly modified: Date) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else {
        this.chunks.push(chunk);
        this.bytes += chunk.length;
      }
    });
  }

  /** Starts an entry: compressed (text) or stored as is (audio, already compact). */
  add(name: string, options: { compress?: boolean } = {}): ZipEntry {
    const file: ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void } =
      options.compress === false ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    file.mtime = this.modified;
    this.zip.add(file);
    let text = '';
    const flushText = () => {
      if (text) file.push(encoder.encode(text));
      text = '';
    };
    return {
      write: (data) => {
        if (typeof data === 'string') {
          text += data;
          if (text.length >= TEXT_BUFFER) flushText();
        } else {
          flushText();
          file.push(data);
        }
        this.check();
      },
      end: () => {
        flushText();
        file.push(new Uint8Array(0), true);
        this.check();
      },
    };
  }

  /** Writes the central directory: the archive is complete once its chunks are taken. */
  end(): void {
    this.zip.end();
    this.check();
  }

  /** The chunks produced since the last call. */
  take(): Uint8Array[] {
    const taken = this.chunks;
    this.chunks = [];
    return taken;
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
