/**
 * @module
 * A call's trace: every webhook received, the event it meant, each note and
 * each instruction with the exact reply sent. Stored one row per write in
 * `call_trace` (a step's entries together, packed with the reply: packed-text.ts;
 * see migration 14);
 * read back as the list of entries the call page, the export and replay know.
 */
import type { PersistedCall } from '@ringflow/flow-runtime';
import { PACKED, packText, unpackText } from './packed-text.js';
import { type Connection, sqlOf } from './sql/connection.js';

export type CallEventKind = 'webhook' | 'event' | 'instruction' | 'note';

export interface CallEvent {
  /** Unique and in order within the call. */
  id: number;
  callId: string;
  step: number;
  kind: CallEventKind;
  at: string;
  data: unknown;
  response: string | null;
}

export interface TraceEntry {
  kind: CallEventKind;
  data: unknown;
}

/** Entries of one write are numbered below this within their row. */
const PER_ROW = 16;

interface TraceRow {
  n: number;
  step: number;
  /** Milliseconds since 1970 (migration 20). */
  at: number;
  entries: Buffer | string;
  response: Buffer | string | null;
}

/**
 * Adds one write to the trace: its entries in order, and the reply sent when
 * one of them is the instruction.
 *
 * @example
 * appendTrace(db, { callId, step: 1, at, entries: [{ kind: 'webhook', data }], response: null });
 */
export async function appendTrace(
  db: Connection,
  write: {
    callId: string;
    step: number;
    at: string;
    entries: TraceEntry[];
    response: string | null;
  },
): Promise<void> {
  if (write.entries.length > PER_ROW) throw new Error(`At most ${PER_ROW} trace entries a write`);
  await sqlOf(db).run(
    `INSERT INTO call_trace (call_id, n, step, at, entries, response)
     VALUES (@callId, (SELECT COALESCE(MAX(n), -1) + 1 FROM call_trace WHERE call_id = @callId),
       @step, @at, @entries, @response)`,
    {
      callId: write.callId,
      step: write.step,
      at: epochMs(write.at),
      entries: packText(PACKED.trace, JSON.stringify(write.entries.map((e) => [e.kind, e.data]))),
      response: write.response === null ? null : packReply(write.response),
    },
  );
}

/** How many packed replies `packReply` keeps: a few flows' worth, some 150 KB at most. */
const REPLIES_KEPT = 256;
const packedReplies = new Map<string, Buffer>();

/**
 * A reply as stored. A flow answers every caller with the same few replies
 * (their URLs carry the step, which repeats from call to call too), and
 * deflating one was a third of the zlib work of a webhook: the newest
 * REPLIES_KEPT are kept packed, the oldest dropped first.
 */
function packReply(twiml: string): Buffer {
  let packed = packedReplies.get(twiml);
  if (packed) return packed;
  packed = packText(PACKED.twiml, twiml);
  if (packedReplies.size >= REPLIES_KEPT) {
    packedReplies.delete(packedReplies.keys().next().value as string);
  }
  packedReplies.set(twiml, packed);
  return packed;
}

/** One entry on its own (a note, a late webhook). */
export async function appendCallEvent(db: Connection, event: Omit<CallEvent, 'id'>): Promise<void> {
  await appendTrace(db, {
    callId: event.callId,
    step: event.step,
    at: event.at,
    entries: [{ kind: event.kind, data: event.data }],
    response: event.response,
  });
}

/** An ISO instant as the table keeps it. */
function epochMs(at: string): number {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${at}`);
  return ms;
}

async function rowsOf(db: Connection, callId: string): Promise<TraceRow[]> {
  return await sqlOf(db).all<TraceRow>(
    'SELECT n, step, at, entries, response FROM call_trace WHERE call_id = ? ORDER BY n',
    [callId],
  );
}

function expand(callId: string, row: TraceRow): CallEvent[] {
  const entries = JSON.parse(unpackText(row.entries)) as [CallEventKind, unknown][];
  const response = unpackText(row.response);
  const at = new Date(row.at).toISOString();
  return entries.map(([kind, data], i) => ({
    id: row.n * PER_ROW + i,
    callId,
    step: row.step,
    kind,
    at,
    data,
    response: kind === 'instruction' ? response : null,
  }));
}

export async function listCallEvents(db: Connection, callId: string): Promise<CallEvent[]> {
  return (await rowsOf(db, callId)).flatMap((row) => expand(callId, row));
}

/** The reply sent for a step, so a retried webhook gets exactly the same answer. */
export async function findStepResponse(
  db: Connection,
  callId: string,
  step: number,
): Promise<string | undefined> {
  const row = await sqlOf(db).get<{ response: Buffer | string }>(
    `SELECT response FROM call_trace WHERE call_id = ? AND step = ? AND response IS NOT NULL
     ORDER BY n DESC LIMIT 1`,
    [callId, step],
  );
  return unpackText(row?.response ?? null) ?? undefined;
}

/**
 * The first answer `pick` finds among the entries of a kind in the call's
 * trace, newest first; rows are unpacked one at a time, so the search stops at
 * the first row that answers it. Replies are not read: only the entries are
 * searched.
 */
async function findNewest<T>(
  db: Connection,
  query: { callId: string; kind: CallEventKind; step?: number },
  pick: (event: CallEvent) => T | undefined,
): Promise<T | undefined> {
  const { callId, kind, step } = query;
  const rows = await sqlOf(db).all<TraceRow>(
    `SELECT n, step, at, entries, NULL AS response FROM call_trace
     WHERE call_id = @callId AND (CAST(@step AS BIGINT) IS NULL OR step = @step) ORDER BY n DESC`,
    { callId, step: step ?? null },
  );
  for (const row of rows) {
    const entries = expand(callId, row);
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i] as CallEvent;
      const found = entry.kind === kind ? pick(entry) : undefined;
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The call's state from before the status callback ended it while a dial or
 * a recording of step `step` was still to be reported, if that is the case.
 */
export function findResumable(
  db: Connection,
  callId: string,
  step: number,
): Promise<PersistedCall | undefined> {
  return findNewest(db, { callId, kind: 'event', step: step + 1 }, (event) => {
    const resumable = (event.data as { resumable?: { step?: number; snapshot?: PersistedCall } })
      .resumable;
    return resumable?.step === step && resumable.snapshot ? resumable.snapshot : undefined;
  });
}

/** The newest instruction of a type sent on the call, if any. */
export function lastInstruction<T>(
  db: Connection,
  callId: string,
  type: string,
): Promise<T | undefined> {
  return findNewest(db, { callId, kind: 'instruction' }, (event) => {
    const instruction = (event.data as { instruction?: { type?: string } }).instruction;
    return instruction?.type === type ? (instruction as T) : undefined;
  });
}
