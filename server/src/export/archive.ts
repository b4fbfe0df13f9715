/**
 * @module
 * The workspace's data as one ZIP archive, produced chunk by chunk: rows are
 * streamed from one snapshot of the database (SQLite or PostgreSQL,
 * `../db/export-snapshot.ts`) and audio files (recordings, greetings) are
 * read from disk in pieces, so neither the data nor the archive is ever held
 * in memory whole. See README.txt (`readme.ts`) for what the archive holds.
 */
import { extname } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { dataFilePath } from '../data-files.js';
import { getAutoReplySettings } from '../db/auto-replies.js';
import { listCallEvents } from '../db/calls.js';
import {
  exportCalls,
  exportComments,
  exportDecisions,
  exportFlows,
  exportMessages,
  exportRevisions,
  exportVoicemails,
} from '../db/export-rows.js';
import {
  type ExportSnapshot,
  type ExportSource,
  openExportSnapshot,
} from '../db/export-snapshot.js';
import { listMembers } from '../db/members.js';
import { listNumbers } from '../db/numbers.js';
import { listScenarios } from '../db/scenarios.js';
import { listSchedules } from '../db/schedules.js';
import { listUsers } from '../db/users.js';
import { csvLines } from './csv.js';
import { fileEntry } from './file-entry.js';
import { greetingEntries } from './greetings.js';
import { type ExportSummary, emptySummary, readmeText } from './readme.js';
import {
  archivedAudio,
  CALL_COLUMNS,
  DECISION_COLUMNS,
  MESSAGE_COLUMNS,
  VOICEMAIL_COLUMNS,
  type VoicemailWithAudio,
  voicemailJson,
} from './records.js';
import { ZipStream } from './zip-stream.js';

export interface ExportOptions {
  /**
   * Where the rows are: the SQLite file (read through a connection of its
   * own) or the PostgreSQL storage (read through one of its pool's connections).
   */
  database: ExportSource;
  /** Where recordings are, relative paths in the database being relative to it. */
  dataDir: string;
  /** The export's time, for README.txt and the entries' dates. */
  now: Date;
}

export interface ExportArchive {
  /** The archive's bytes; stop early with `return()` and the snapshot is closed, its connection given back. */
  chunks: AsyncGenerator<Uint8Array>;
  /** Counts, filled in as the archive is written; complete when `chunks` is done. */
  summary: ExportSummary;
}

/**
 * Starts an export. Nothing is read until the first chunk is asked for.
 *
 * @example
 * const { chunks, summary } = exportArchive({ database: { sqliteFile }, dataDir, now: clock.now() });
 * await pipeline(Readable.from(chunks), createWriteStream('export.zip'));
 * console.log(summary.calls, summary.bytes);
 */
export function exportArchive(options: ExportOptions): ExportArchive {
  const summary = emptySummary();
  return { chunks: writeArchive(options, summary), summary };
}

async function* writeArchive(options: ExportOptions, summary: ExportSummary) {
  const db = await openExportSnapshot(options.database);
  const zip = new ZipStream(options.now);
  try {
    /** Writes one text entry line by line, handing over the chunks as they come. */
    const entry = async function* (
      name: string,
      lines: Iterable<string> | AsyncIterable<string>,
    ): AsyncGenerator<Uint8Array> {
      const file = zip.add(name);
      for await (const line of lines) {
        file.write(line);
        yield* zip.take();
      }
      file.end();
      yield* zip.take();
    };

    yield* entry('flows.json', jsonArray(flows(db, summary)));
    yield* entry('calls.csv', csvLines(exportCalls(db), CALL_COLUMNS));
    yield* entry('calls.json', jsonArray(callsWithTraces(db, summary)));
    yield* entry('messages.csv', csvLines(exportMessages(db), MESSAGE_COLUMNS));
    yield* entry('messages.json', jsonArray(counted(exportMessages(db), summary, 'messages')));
    yield* entry('auto-reply-decisions.csv', csvLines(exportDecisions(db), DECISION_COLUMNS));
    yield* entry(
      'auto-reply-decisions.json',
      jsonArray(counted(exportDecisions(db), summary, 'decisions')),
    );

    // Recordings first, so the voicemail files can say which ones made it into the archive.
    const archived = new Map<string, string>();
    for await (const v of exportVoicemails(db)) {
      if (v.audioStatus !== 'stored' || !v.audioFile) continue;
      const path = dataFilePath(options.dataDir, v.audioFile);
      if (!path) continue;
      const name = `recordings/${v.id}${extname(v.audioFile) || extensionOf(v.audioContentType)}`;
      // A recording deleted while the export ran: the voicemail files say it is missing.
      if (!(yield* fileEntry(zip, name, path))) continue;
      archived.set(v.id, name);
      summary.recordings++;
    }
    const withAudio = () =>
      mapItems(exportVoicemails(db), (v) => ({ ...v, audio: archivedAudio(v, archived) }));
    yield* entry('voicemails.csv', csvLines(withAudio(), VOICEMAIL_COLUMNS));
    yield* entry('voicemails.json', jsonArray(voicemails(db, withAudio(), summary)));

    yield* greetingEntries(db.sql, zip, options.dataDir, summary, entry);

    yield* entry(
      'numbers.json',
      jsonArray(
        await Promise.all(
          (await listNumbers(db.sql)).map(async (n) => ({
            ...n,
            autoReplies: await getAutoReplySettings(db.sql, n.id),
          })),
        ),
      ),
    );
    yield* entry('schedules.json', jsonArray(await listSchedules(db.sql)));
    yield* entry('members.json', jsonArray(await listMembers(db.sql)));
    yield* entry('users.json', jsonArray(await listUsers(db.sql)));
    yield* entry('README.txt', [
      readmeText({
        exportedAt: options.now.toISOString(),
        schemaVersion: await db.schemaVersion(),
        version: pkg.version,
        summary,
      }),
    ]);
    zip.end();
    yield* zip.take();
    summary.bytes = zip.bytes;
  } finally {
    await db.close();
  }
}

/** A JSON array written one item at a time, each item indented as JSON.stringify does. */
/** Async where a part of the item is read through the storage interface (scenarios, trace events). */
async function* jsonArray(
  items: Iterable<unknown> | AsyncIterable<unknown>,
): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const item of items) {
    yield `${first ? '' : ','}\n  ${JSON.stringify(item, null, 2).replaceAll('\n', '\n  ')}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

async function* mapItems<T, U>(items: AsyncIterable<T>, map: (item: T) => U): AsyncGenerator<U> {
  for await (const item of items) yield map(item);
}

async function* counted<T>(
  items: AsyncIterable<T>,
  summary: ExportSummary,
  key: 'messages' | 'decisions',
): AsyncGenerator<T> {
  for await (const item of items) {
    summary[key]++;
    yield item;
  }
}

async function* flows(db: ExportSnapshot, summary: ExportSummary) {
  for await (const flow of exportFlows(db)) {
    const revisions = await exportRevisions(db, flow.id);
    summary.flows++;
    summary.revisions += revisions.length;
    yield { ...flow, scenarios: await listScenarios(db.sql, flow.id), revisions };
  }
}

async function* callsWithTraces(db: ExportSnapshot, summary: ExportSummary) {
  for await (const call of exportCalls(db)) {
    summary.calls++;
    const events = (await listCallEvents(db.sql, call.id)).map(
      ({ callId: _callId, ...event }) => event,
    );
    yield { ...call, events };
  }
}

async function* voicemails(
  db: ExportSnapshot,
  items: AsyncIterable<VoicemailWithAudio>,
  summary: ExportSummary,
) {
  for await (const v of items) {
    summary.voicemails++;
    yield voicemailJson(v, await exportComments(db, v.id));
  }
}

function extensionOf(contentType: string | null): string {
  if (contentType?.includes('mpeg') || contentType?.includes('mp3')) return '.mp3';
  return contentType?.includes('wav') ? '.wav' : '';
}
