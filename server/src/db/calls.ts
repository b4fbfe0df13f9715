import type { CallResult, PersistedCall } from '@ringflow/flow-runtime';
import type { CallOutcome } from '@ringflow/shared';

export {
  appendCallEvent,
  type CallEvent,
  type CallEventKind,
  findResumable,
  findStepResponse,
  listCallEvents,
} from './call-trace.js';

import { PACKED, packText, unpackText } from './packed-text.js';
import { type Connection, sqlOf } from './sql/connection.js';
import { parseJson } from './statements.js';

export type CallStatus = 'active' | 'ended';

export interface Call {
  id: string;
  provider: string;
  providerCallId: string;
  from: string;
  to: string;
  phoneNumberId: string | null;
  flowId: string | null;
  revisionId: string | null;
  snapshot: PersistedCall | null;
  /** How many steps the call has taken; action URLs carry it to recognise retries. */
  step: number;
  status: CallStatus;
  outcome: CallOutcome | null;
  result: CallResult | null;
  providerStatus: string | null;
  startedAt: string;
  endedAt: string | null;
  durationSeconds: number | null;
}

interface CallRow {
  id: string;
  provider: string;
  provider_call_id: string;
  from_number: string;
  to_number: string;
  phone_number_id: string | null;
  flow_id: string | null;
  revision_id: string | null;
  snapshot: string | null;
  step: number;
  status: CallStatus;
  /** Written only from CALL_OUTCOMES (the runtime's result, or `rejected`). */
  outcome: CallOutcome | null;
  /** Packed (packed-text.ts) since the fourth round; JSON text before. */
  result: Buffer | string | null;
  provider_status: string | null;
  started_at: string;
  ended_at: string | null;
  duration_seconds: number | null;
}

/** A result as stored: its JSON deflated against what results repeat (about a third of its size). */
const packResult = (result: CallResult | null) =>
  result && packText(PACKED.result, JSON.stringify(result));

function toCall(row: CallRow): Call {
  return {
    id: row.id,
    provider: row.provider,
    providerCallId: row.provider_call_id,
    from: row.from_number,
    to: row.to_number,
    phoneNumberId: row.phone_number_id,
    flowId: row.flow_id,
    revisionId: row.revision_id,
    snapshot: parseJson<PersistedCall>(row.snapshot),
    step: row.step,
    status: row.status,
    outcome: row.outcome,
    result: parseJson<CallResult>(unpackText(row.result)),
    providerStatus: row.provider_status,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    durationSeconds: row.duration_seconds,
  };
}

/** A call's row with its live snapshot, when it has one. */
const CALL_FROM = 'calls LEFT JOIN call_snapshots s ON s.call_id = calls.id';
const CALL = `SELECT calls.*, s.snapshot FROM ${CALL_FROM}`;

/**
 * The call the provider knows by `providerCallId`. `lock`: in a transaction
 * that will step the call, its row is locked until the transaction ends, so a
 * retried webhook that reached another process at the same moment waits and
 * then finds the step taken (PostgreSQL; SQLite's write lock already does so).
 */
export async function findCallByProviderId(
  db: Connection,
  provider: string,
  providerCallId: string,
  options: { lock?: boolean } = {},
): Promise<Call | undefined> {
  const sql = sqlOf(db);
  const lock = options.lock && sql.forUpdate ? `${sql.forUpdate} OF calls` : '';
  const row = await sql.get<CallRow>(`${CALL} WHERE provider = ? AND provider_call_id = ?${lock}`, [
    provider,
    providerCallId,
  ]);
  return row && toCall(row);
}

export async function getCall(db: Connection, id: string): Promise<Call | undefined> {
  const row = await sqlOf(db).get<CallRow>(`${CALL} WHERE calls.id = ?`, [id]);
  return row && toCall(row);
}

export async function insertCall(db: Connection, call: Call): Promise<void> {
  const { snapshot, ...row } = call;
  await sqlOf(db).run(
    `INSERT INTO calls (id, provider, provider_call_id, from_number, to_number, phone_number_id, flow_id,
       revision_id, step, status, outcome, result, provider_status, started_at, ended_at, duration_seconds)
     VALUES (@id, @provider, @providerCallId, @from, @to, @phoneNumberId, @flowId, @revisionId,
       @step, @status, @outcome, @result, @providerStatus, @startedAt, @endedAt, @durationSeconds)`,
    { ...row, result: packResult(call.result) },
  );
  if (snapshot) await saveSnapshot(db, call.id, snapshot);
}

/** A live call's snapshot, in its own table (migration 15); null removes it. */
async function saveSnapshot(
  db: Connection,
  callId: string,
  snapshot: PersistedCall | null,
): Promise<void> {
  if (snapshot)
    // An upsert rewrites the row in place; REPLACE deleted it and its key, then inserted both again.
    await sqlOf(db).run(
      `INSERT INTO call_snapshots (call_id, snapshot) VALUES (?, ?)
       ON CONFLICT (call_id) DO UPDATE SET snapshot = excluded.snapshot`,
      [callId, JSON.stringify(snapshot)],
    );
  else await sqlOf(db).run('DELETE FROM call_snapshots WHERE call_id = ?', [callId]);
}

/** Saves what a step changed. */
export async function updateCall(
  db: Connection,
  id: string,
  patch: Pick<Call, 'snapshot' | 'step' | 'status' | 'outcome' | 'result'>,
): Promise<void> {
  await sqlOf(db).run(
    'UPDATE calls SET step = @step, status = @status, outcome = @outcome, result = @result WHERE id = @id',
    {
      id,
      step: patch.step,
      status: patch.status,
      outcome: patch.outcome,
      result: packResult(patch.result),
    },
  );
  await saveSnapshot(db, id, patch.snapshot);
}

/**
 * Records that a team member picked up, as the provider reports it while the
 * call goes on; the first answer counts.
 */
export async function recordAnswered(db: Connection, id: string, at: string): Promise<void> {
  await sqlOf(db).run('UPDATE calls SET answered_at = COALESCE(answered_at, @at) WHERE id = @id', {
    id,
    at,
  });
}

/** Records how the provider says the call ended (it may arrive before or after the flow ends). */
export async function recordProviderEnd(
  db: Connection,
  id: string,
  end: { providerStatus: string; endedAt: string; durationSeconds: number | null },
): Promise<void> {
  await sqlOf(db).run(
    `UPDATE calls SET provider_status = @providerStatus, ended_at = COALESCE(ended_at, @endedAt),
       duration_seconds = COALESCE(@durationSeconds, duration_seconds) WHERE id = @id`,
    { id, ...end },
  );
}

export interface CallListQuery {
  limit: number;
  /** Calls started before this instant (for paging, newest first). */
  before?: string | undefined;
  /** The caller's number. */
  from?: string | undefined;
  outcome?: string | undefined;
  /** Calls to this phone number. */
  numberId?: string | undefined;
  /** Calls started at or after this instant. */
  since?: string | undefined;
  /** Calls started before this instant (the end of a range of days). */
  until?: string | undefined;
}

/**
 * A page of the call log, newest first; every filter left out matches all.
 *
 * @example
 * listCalls(db, { limit: 50, numberId: 'num_x', since: '2026-11-23T05:00:00.000Z' });
 */
export async function listCalls(db: Connection, query: CallListQuery): Promise<Call[]> {
  // Only the filters given go into the statement: with `(@x IS NULL OR column = @x)` neither
  // database uses an index, so a number or a caller with few calls read the whole call log.
  const given = LIST_FILTERS.filter(([key]) => query[key] !== undefined);
  const where = given.length > 0 ? `WHERE ${given.map(([, sql]) => sql).join(' AND ')}` : '';
  const rows = await sqlOf(db).all<CallRow>(
    `${CALL} ${where} ORDER BY started_at DESC, id DESC LIMIT @limit`,
    Object.fromEntries([['limit', query.limit], ...given.map(([key]) => [key, query[key]])]),
  );
  return rows.map(toCall);
}

/** Each filter of the call log, as its condition; indexes: calls_number, calls_from, calls_started. */
const LIST_FILTERS: readonly [Exclude<keyof CallListQuery, 'limit'>, string][] = [
  ['before', 'started_at < @before'],
  ['from', 'from_number = @from'],
  ['outcome', 'outcome = @outcome'],
  ['numberId', 'phone_number_id = @numberId'],
  ['since', 'started_at >= @since'],
  ['until', 'started_at < @until'],
];

/** A live call and the instant of its last webhook (its start when it had none). */
export interface QuietCall {
  call: Call;
  lastActivityAt: string;
}

/**
 * Live calls with no webhook since `before`, quietest first: the ones whose
 * status callback may have been lost.
 *
 * @example
 * const quiet = findQuietActiveCalls(db, thirtyMinutesAgo, 100);
 */
export async function findQuietActiveCalls(
  db: Connection,
  before: string,
  limit: number,
): Promise<QuietCall[]> {
  const sql = sqlOf(db);
  // The newest trace row's instant (milliseconds) as ISO text, comparable with started_at.
  const lastTraceInstant =
    sql.dialect === 'postgres'
      ? `to_char(to_timestamp(MAX(e.at) / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
      : `strftime('%Y-%m-%dT%H:%M:%fZ', MAX(e.at) / 1000.0, 'unixepoch')`;
  const rows = await sql.all<CallRow & { last_activity_at: string }>(
    `SELECT * FROM (
       SELECT calls.*, s.snapshot,
         COALESCE(
           (SELECT ${lastTraceInstant} FROM call_trace e WHERE e.call_id = calls.id),
           calls.started_at
         ) AS last_activity_at
       FROM ${CALL_FROM} WHERE calls.status = 'active'
     ) AS quiet WHERE last_activity_at < @before ORDER BY last_activity_at LIMIT @limit`,
    { before, limit },
  );
  return rows.map((row) => ({ call: toCall(row), lastActivityAt: row.last_activity_at }));
}
