/**
 * @module
 * Calls refused because they could not be stored. The caller hears the
 * apology; the refusal is appended to a JSON-lines file in the data
 * directory (synchronously, before the answer goes out), or kept in memory
 * when even that fails, and the reconciler adds it to the call log, outcome
 * `rejected`, once the database can be written again. A chaos test with a
 * full disk found these calls missing from the call log.
 */
import { appendFileSync, existsSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { findCallByProviderId, insertCall } from '../db/calls.js';
import { findNumberByE164 } from '../db/numbers.js';
import { transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { newId } from '../ids.js';
import { traceStep } from './trace.js';

export const REFUSALS_FILE = 'refused-calls.jsonl';
/** The file being added to the call log; new refusals go to a fresh REFUSALS_FILE meanwhile. */
const DRAINING_FILE = 'refused-calls.draining.jsonl';

/** SQLite's codes for "the storage failed" (not "the statement was wrong"). */
const STORAGE_CODES =
  /^SQLITE_(FULL|IOERR|READONLY|BUSY|LOCKED|CANTOPEN|CORRUPT|NOTADB|PERM|NOMEM)/;

export interface Refusal {
  provider: string;
  providerCallId: string;
  from: string;
  to: string;
  at: string;
  /** `storage unavailable`, or what else went wrong. */
  reason: string;
  /** The error, e.g. `SQLITE_FULL: database or disk is full`. */
  error: string;
  webhook: Record<string, string>;
  /** The TwiML the caller got. */
  response: string;
}

/** Refusals the file could not take either, by data directory. */
const unwritten = new Map<string, Refusal[]>();

/**
 * Why a call could not be stored: `storage unavailable` for SQLite's storage
 * failures, and the error with SQLite's code.
 *
 * @example
 * refusalCause(sqliteFullError); // { reason: 'storage unavailable', error: 'SQLITE_FULL: database or disk is full' }
 */
export function refusalCause(error: unknown): Pick<Refusal, 'reason' | 'error'> {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && STORAGE_CODES.test(code)) {
    return { reason: 'storage unavailable', error: `${code}: ${message}` };
  }
  return { reason: `error: ${message}`, error: String(error) };
}

/**
 * Keeps a refusal where a full database cannot lose it. Never throws: the
 * caller's apology must still go out.
 *
 * @example
 * keepRefusal(deps, { provider: 'twilio', providerCallId: 'CA…', from, to, at, reason: 'storage unavailable', error: 'SQLITE_FULL: …', webhook, response });
 */
export function keepRefusal(deps: Pick<ServerDeps, 'config' | 'log'>, refusal: Refusal): void {
  const file = join(deps.config.dataDir, REFUSALS_FILE);
  try {
    appendFileSync(file, `${JSON.stringify(refusal)}\n`, { mode: 0o600 });
    deps.log.warn('call refused: kept for the call log', {
      callSid: refusal.providerCallId,
      reason: refusal.reason,
      file,
    });
  } catch (error) {
    const kept = unwritten.get(deps.config.dataDir) ?? [];
    kept.push(refusal);
    unwritten.set(deps.config.dataDir, kept);
    deps.log.error('call refused, and not written to disk either: kept in memory until restart', {
      refusal,
      error: String(error),
    });
  }
}

/**
 * Adds the kept refusals to the call log, in one transaction; a call that
 * got stored after all (Twilio retried) is not added twice. Throws when the
 * database still cannot be written: everything stays kept for the next try.
 *
 * @example
 * const added = logRefusedCalls(deps); // calls added to the call log
 */
export async function logRefusedCalls(
  deps: Pick<ServerDeps, 'db' | 'config' | 'log'>,
): Promise<number> {
  const dir = deps.config.dataDir;
  const file = join(dir, REFUSALS_FILE);
  const draining = join(dir, DRAINING_FILE);
  if (!existsSync(draining) && existsSync(file)) renameSync(file, draining);
  const fromFile = existsSync(draining) ? readRefusals(deps, draining) : [];
  const inMemory = unwritten.get(dir) ?? [];
  if (fromFile.length === 0 && inMemory.length === 0) {
    if (existsSync(draining)) unlinkSync(draining);
    return 0;
  }
  const added = await transaction(deps.db, async (tx) => {
    let count = 0;
    for (const r of [...fromFile, ...inMemory])
      if (await addToCallLog({ ...deps, db: tx }, r)) count++;
    return count;
  });
  unwritten.delete(dir);
  if (existsSync(draining)) unlinkSync(draining);
  deps.log.info('refused calls added to the call log', { added });
  return added;
}

function readRefusals(deps: Pick<ServerDeps, 'log'>, file: string): Refusal[] {
  const refusals: Refusal[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      refusals.push(JSON.parse(line) as Refusal);
    } catch {
      // A line cut short by a full disk: nothing to recover, but say so.
      deps.log.error('unreadable line in the refused calls file', { file, line });
    }
  }
  return refusals;
}

async function addToCallLog(deps: Pick<ServerDeps, 'db'>, r: Refusal): Promise<boolean> {
  const { db } = deps;
  if (await findCallByProviderId(db, r.provider, r.providerCallId)) return false;
  const id = newId('call');
  await insertCall(db, {
    id,
    provider: r.provider,
    providerCallId: r.providerCallId,
    from: r.from,
    to: r.to,
    phoneNumberId: (await findNumberByE164(db, r.to))?.id ?? null,
    flowId: null,
    revisionId: null,
    snapshot: null,
    step: 0,
    status: 'ended',
    outcome: 'rejected',
    result: null,
    providerStatus: null,
    startedAt: r.at,
    endedAt: null,
    durationSeconds: null,
  });
  await traceStep(db, {
    callId: id,
    step: 0,
    at: r.at,
    webhook: r.webhook,
    event: null,
    notes: [
      `Refused: ${r.reason} (${r.error}). The caller heard the apology; the call was added to the call log once the database could be written again.`,
    ],
    reply: { type: 'apology', reason: r.reason },
    response: r.response,
  });
  return true;
}
