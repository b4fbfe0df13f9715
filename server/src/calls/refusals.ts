/**
 * @module
 * Calls refused because they could not be stored. The caller hears the
 * apology; the refusal is appended to a JSON-lines file in the data
 * directory (synchronously, before the answer goes out), or kept in memory
 * when even that fails, and the reconciler adds it to the call log, outcome
 * `rejected`, once the database can be written again. A chaos test with a
 * full disk found these calls missing from the call log.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { findCallByProviderId, insertCall } from '../db/calls.js';
import { findNumberByE164 } from '../db/numbers.js';
import { transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { newId } from '../ids.js';
import { traceStep } from './trace.js';

export const REFUSALS_FILE = 'refused-calls.jsonl';
/**
 * Files claimed for the call log: REFUSALS_FILE renamed, by each pass to a name of its own, so new
 * refusals go to a fresh REFUSALS_FILE meanwhile and no pass deletes a file it did not read. A
 * claimed file left by a pass that failed is read by the next (`draining` is the name before).
 */
const CLAIMED = /^refused-calls\.(draining|claimed-[\w-]+)\.jsonl$/;

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
    appendLine(file, `${JSON.stringify(refusal)}\n`);
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
 * Appends `line` to `file`, where another process sharing the data directory
 * may claim the file (rename it) at any moment: a line written through a
 * handle opened just before the rename lands in the claimed file, perhaps
 * after it was read. So once written, the file written to is compared with
 * the one now at `file`, and the line goes again to the new one when they
 * differ (read twice, a refusal still adds its call once).
 * `beforeWrite` is for tests: it runs between the open and the write, where
 * another process's claim would lose the line without the comparison.
 *
 * @example
 * appendLine(join(dataDir, REFUSALS_FILE), `${JSON.stringify(refusal)}\n`);
 */
export function appendLine(file: string, line: string, beforeWrite?: () => void): void {
  const bytes = Buffer.from(line);
  for (let tries = 0; tries < 5; tries++) {
    const fd = openSync(file, 'a', 0o600);
    try {
      if (tries === 0) beforeWrite?.();
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      const written = fstatSync(fd);
      const there = statSync(file, { throwIfNoEntry: false });
      if (there && there.ino === written.ino && there.dev === written.dev) return;
    } finally {
      closeSync(fd);
    }
  }
  throw new Error(`${file} was claimed five times while a line was written to it`);
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
  claim(dir);
  const claimed = readdirSync(dir)
    .filter((name) => CLAIMED.test(name))
    .map((name) => join(dir, name));
  const fromFile = claimed.flatMap((path) => readRefusals(deps, path));
  const inMemory = unwritten.get(dir) ?? [];
  if (fromFile.length === 0 && inMemory.length === 0) {
    for (const path of claimed) rmSync(path, { force: true });
    return 0;
  }
  const added = await transaction(deps.db, async (tx) => {
    let count = 0;
    for (const r of [...fromFile, ...inMemory])
      if (await addToCallLog({ ...deps, db: tx }, r)) count++;
    return count;
  });
  unwritten.delete(dir);
  // Only what this pass read; another process's pass may remove a file first.
  for (const path of claimed) rmSync(path, { force: true });
  deps.log.info('refused calls added to the call log', { added });
  return added;
}

/** Renames REFUSALS_FILE to a claimed name of this pass's own; another process may have taken it first. */
function claim(dir: string): void {
  const file = join(dir, REFUSALS_FILE);
  if (!existsSync(file)) return;
  try {
    renameSync(file, join(dir, `refused-calls.claimed-${newId('pass')}.jsonl`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function readRefusals(deps: Pick<ServerDeps, 'log'>, file: string): Refusal[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    // Another process's pass read it and removed it: its calls are in the log.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const refusals: Refusal[] = [];
  for (const line of text.split('\n')) {
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
