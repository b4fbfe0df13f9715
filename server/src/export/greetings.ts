/**
 * @module
 * The greetings library in the export: each greeting's current audio
 * (uploaded, recorded in the browser, or synthesised from text) byte for
 * byte under `greetings/`, then `greetings.json` with what each one is and
 * where its audio is in the archive, or why there is none. Older versions
 * of a greeting are not kept by Ringflow, so they are not exported.
 */
import { dataFilePath } from '../data-files.js';
import { type Greeting, listGreetings } from '../db/greetings.js';
import type { Sql } from '../db/sql/sql.js';
import { greetingArchivePath } from '../greetings/greeting-filename.js';
import { fileEntry } from './file-entry.js';
import type { ExportSummary } from './readme.js';
import type { ZipStream } from './zip-stream.js';

/** Writes one text entry, as the archive does for every other record. */
type TextEntry = (
  name: string,
  lines: Iterable<string> | AsyncIterable<string>,
) => AsyncGenerator<Uint8Array>;

/** Why a greeting has no audio in the archive. */
function missingAudio(g: Greeting): string {
  if (g.file) return 'The file was missing from the data directory at export';
  switch (g.synthesisStatus) {
    case 'pending':
      return 'Not synthesised yet';
    case 'failed':
      return `Synthesis failed${g.synthesisError ? `: ${g.synthesisError}` : ''}; calls hear its text from Twilio's <Say>`;
    case 'unavailable':
      return "Azure Speech was not set up; calls hear its text from Twilio's <Say>";
    default:
      return 'No audio';
  }
}

/** A greeting in greetings.json. `file` is its audio's path in the archive, if there. */
export function greetingJson(g: Greeting, file: string | null) {
  return {
    id: g.id,
    name: g.name,
    source: g.source,
    version: g.version,
    text: g.text,
    voice: g.voice,
    language: g.language,
    synthesis: g.source === 'tts' ? { status: g.synthesisStatus, error: g.synthesisError } : null,
    audio: {
      file,
      note: file ? null : missingAudio(g),
      contentType: g.contentType,
      bytes: g.bytes,
      sha256: g.sha256,
      durationSeconds: g.durationSeconds,
    },
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
  };
}

/**
 * The greetings' audio files, then greetings.json.
 *
 * @example
 * yield* greetingEntries(snapshot.sql, zip, options.dataDir, summary, entry);
 */
export async function* greetingEntries(
  db: Sql,
  zip: ZipStream,
  dataDir: string,
  summary: ExportSummary,
  entry: TextEntry,
): AsyncGenerator<Uint8Array> {
  const greetings = await listGreetings(db);
  const archived = new Map<string, string>();
  for (const g of greetings) {
    const path = g.file ? dataFilePath(dataDir, g.file) : null;
    if (!path) continue;
    const name = greetingArchivePath(g);
    // A greeting replaced or deleted while the export ran: greetings.json says it is missing.
    if (!(yield* fileEntry(zip, name, path))) continue;
    archived.set(g.id, name);
    summary.greetingFiles++;
  }
  summary.greetings = greetings.length;
  const items = greetings.map((g) => greetingJson(g, archived.get(g.id) ?? null));
  yield* entry('greetings.json', [`${JSON.stringify(items, null, 2)}\n`]);
}
