/**
 * @module
 * Sign-in throttling: a guesser is slowed, then locked out. Each attempt is
 * counted against the e-mail typed (known or not, so the answer tells
 * nothing about which accounts exist) and against the client's address (so
 * spraying many e-mails from one place is slowed too). After a few failures
 * every further attempt must wait a delay that doubles each time; after more,
 * the key is locked for a while. The attempt is counted before the password
 * is checked, so parallel guesses cannot all slip through before the count
 * catches up; a right password takes its own attempt back.
 */
import { recordAudit } from '../db/audit.js';
import {
  deleteLoginThrottle,
  getLoginThrottle,
  type LoginThrottle,
  lockLoginThrottles,
  pruneLoginThrottles,
  saveLoginThrottle,
} from '../db/login-throttles.js';
import type { ServerDeps } from '../deps.js';

export interface ThrottlePolicy {
  /** Failures allowed before each further attempt has to wait. */
  freeFailures: number;
  /** The delay after the first failure past the free ones; it doubles with each failure. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** At this many failures the key is locked for `lockMs`. */
  lockAfter: number;
  lockMs: number;
  /** Failures are forgotten after this long without one. */
  windowMs: number;
}

const MINUTE = 60_000;

/** Per e-mail: 5 free failures in 15 minutes, then 2 s, 4 s, ... up to a minute; locked at 20. */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  baseDelayMs: 2_000,
  maxDelayMs: MINUTE,
  lockAfter: 20,
  lockMs: 15 * MINUTE,
  windowMs: 15 * MINUTE,
};

/** Per client address: room for an office of people mistyping, not for a guesser. */
export const ADDRESS_POLICY: ThrottlePolicy = {
  ...ACCOUNT_POLICY,
  freeFailures: 20,
  lockAfter: 100,
};

export interface ThrottleKey {
  key: string;
  kind: 'account' | 'address';
  policy: ThrottlePolicy;
}

/**
 * The keys an attempt counts against; no address key when the address is unknown.
 *
 * @example
 * throttleKeys(' Ann@Example.com ', '203.0.113.5'); // account:ann@example.com, address:203.0.113.5
 */
export function throttleKeys(email: string, address: string | undefined): ThrottleKey[] {
  const keys: ThrottleKey[] = [
    { key: `account:${email.trim().toLowerCase()}`, kind: 'account', policy: ACCOUNT_POLICY },
  ];
  if (address) keys.push({ key: `address:${address}`, kind: 'address', policy: ADDRESS_POLICY });
  return keys;
}

/**
 * Pure: the state of a key after one more failure at `now`.
 *
 * @example
 * afterFailure(undefined, 'account:ann@example.com', now, ACCOUNT_POLICY).failures; // 1
 */
export function afterFailure(
  row: LoginThrottle | undefined,
  key: string,
  now: Date,
  policy: ThrottlePolicy,
): LoginThrottle {
  const t = now.getTime();
  const quiet =
    !row ||
    (t - Date.parse(row.lastFailureAt) >= policy.windowMs &&
      (!row.blockedUntil || Date.parse(row.blockedUntil) <= t));
  const failures = (quiet ? 0 : row.failures) + 1;
  const at = (ms: number) => new Date(t + ms).toISOString();
  if (failures >= policy.lockAfter) {
    return {
      key,
      failures,
      lastFailureAt: now.toISOString(),
      blockedUntil: at(policy.lockMs),
      lockedUntil: at(policy.lockMs),
    };
  }
  const delay =
    failures >= policy.freeFailures
      ? Math.min(policy.baseDelayMs * 2 ** (failures - policy.freeFailures), policy.maxDelayMs)
      : 0;
  return {
    key,
    failures,
    lastFailureAt: now.toISOString(),
    blockedUntil: delay ? at(delay) : null,
    lockedUntil: null,
  };
}

/** Why an attempt is refused before its password is even checked. */
export interface Refusal {
  until: Date;
  locked: boolean;
  kind: ThrottleKey['kind'];
}

/** What one attempt changed, to take back (right password) or to report (wrong one). */
export interface Attempt {
  keys: ThrottleKey[];
  before: (LoginThrottle | undefined)[];
  after: LoginThrottle[];
}

/**
 * Refuses the attempt if any key is waiting or locked; otherwise counts it
 * as a failure up front. Call it inside a transaction, with the transaction
 * as `deps.db` (the keys' rows are locked on it).
 *
 * @example
 * const begun = await transaction(db, (tx) =>
 *   beginAttempt({ ...deps, db: tx }, throttleKeys(email, address)),
 * );
 * if ('until' in begun) return tooManyAttempts(begun);
 */
export async function beginAttempt(
  deps: ServerDeps,
  keys: ThrottleKey[],
): Promise<Refusal | Attempt> {
  const now = deps.clock.now();
  await lockLoginThrottles(
    deps.db,
    keys.map((k) => k.key),
  );
  const before: (LoginThrottle | undefined)[] = [];
  for (const k of keys) before.push(await getLoginThrottle(deps.db, k.key));
  let refusal: Refusal | undefined;
  before.forEach((row, i) => {
    const key = keys[i] as ThrottleKey;
    if (!row?.blockedUntil || Date.parse(row.blockedUntil) <= now.getTime()) return;
    const until = new Date(row.blockedUntil);
    if (!refusal || until > refusal.until) {
      refusal = { until, locked: row.lockedUntil !== null, kind: key.kind };
    }
  });
  if (refusal) return refusal;
  const after = keys.map((k, i) => afterFailure(before[i], k.key, now, k.policy));
  for (const row of after) await saveLoginThrottle(deps.db, row);
  await pruneLoginThrottles(
    deps.db,
    now.toISOString(),
    new Date(now.getTime() - ACCOUNT_POLICY.windowMs).toISOString(),
  );
  return { keys, before, after };
}

/**
 * The password was right: the account starts afresh, and the address gets
 * back the attempt counted against it (unless others were counted since).
 * Call it inside a transaction.
 */
export async function succeedAttempt(deps: ServerDeps, attempt: Attempt): Promise<void> {
  await lockLoginThrottles(
    deps.db,
    attempt.keys.map((k) => k.key),
  );
  for (const [i, k] of attempt.keys.entries()) {
    if (k.kind === 'account') {
      await deleteLoginThrottle(deps.db, k.key);
      continue;
    }
    const row = await getLoginThrottle(deps.db, k.key);
    const mine = attempt.after[i];
    if (!row || !mine) continue;
    const untouched = row.failures === mine.failures && row.lastFailureAt === mine.lastFailureAt;
    const previous = attempt.before[i];
    if (!untouched)
      await saveLoginThrottle(deps.db, { ...row, failures: Math.max(0, row.failures - 1) });
    else if (previous) await saveLoginThrottle(deps.db, previous);
    else await deleteLoginThrottle(deps.db, k.key);
  }
}

/**
 * The password was wrong: writes `auth.login_failed`, and `auth.locked` for
 * each key this failure locked. Call it inside a transaction.
 */
export async function failAttempt(
  deps: ServerDeps,
  attempt: Attempt,
  who: { email: string; address: string | undefined; userId: string | null },
): Promise<void> {
  const at = deps.clock.now().toISOString();
  const account = attempt.after[0] as LoginThrottle;
  const waitSeconds = (row: LoginThrottle) =>
    row.blockedUntil ? Math.ceil((Date.parse(row.blockedUntil) - Date.parse(at)) / 1000) : 0;
  await recordAudit(deps.db, {
    at,
    userId: who.userId,
    action: 'auth.login_failed',
    subject: who.email,
    detail: {
      address: who.address ?? null,
      failures: account.failures,
      waitSeconds: Math.max(0, ...attempt.after.map(waitSeconds)),
    },
  });
  for (const [i, row] of attempt.after.entries()) {
    const key = attempt.keys[i] as ThrottleKey;
    if (!row.lockedUntil || attempt.before[i]?.lockedUntil === row.lockedUntil) continue;
    deps.log.warn('login locked', { key: row.key, failures: row.failures, until: row.lockedUntil });
    await recordAudit(deps.db, {
      at,
      userId: key.kind === 'account' ? who.userId : null,
      action: 'auth.locked',
      subject: row.key,
      detail: { kind: key.kind, failures: row.failures, until: row.lockedUntil },
    });
  }
}
