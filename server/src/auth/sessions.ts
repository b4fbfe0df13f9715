/**
 * @module
 * Browser sessions: a random token in an HTTP-only cookie, stored hashed with
 * an expiry, and a CSRF token that the page must echo in a header. A session
 * ends 30 days after sign-in, or after 7 days without use, whichever comes
 * first; its last use is written at most once a minute to keep reads cheap.
 */
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import {
  deleteExpiredSessions,
  deleteSession,
  findSession,
  getUser,
  insertSession,
  touchSession,
  type User,
} from '../db/users.js';
import type { ServerDeps } from '../deps.js';
import { hashToken, randomToken } from './secrets.js';

export const SESSION_COOKIE = 'rf_session';
export const SESSION_DAYS = 30;
/** A session not used for this long ends, even before its 30 days. */
export const SESSION_IDLE_DAYS = 7;
const TOUCH_EVERY_MS = 60_000;
const DAY_MS = 86_400_000;

export interface StartedSession {
  /** The cookie's value; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: string;
}

/**
 * Opens a session for a user who has just proved who they are.
 *
 * @example
 * const session = startSession(deps, user.id);
 * setSessionCookie(c, deps, session);
 */
export async function startSession(deps: ServerDeps, userId: string): Promise<StartedSession> {
  const now = deps.clock.now();
  const session = {
    token: randomToken(),
    csrfToken: randomToken(),
    expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY_MS).toISOString(),
  };
  await insertSession(deps.db, {
    tokenHash: hashToken(session.token),
    userId,
    csrfToken: session.csrfToken,
    createdAt: now.toISOString(),
    expiresAt: session.expiresAt,
  });
  return session;
}

/**
 * The user and CSRF token behind a cookie value; a session past its end or
 * idle too long is removed and gives nothing. Using a session keeps it alive.
 */
export async function resolveSession(
  deps: ServerDeps,
  token: string,
): Promise<{ user: User; csrfToken: string; tokenHash: string } | undefined> {
  const tokenHash = hashToken(token);
  const session = await findSession(deps.db, tokenHash);
  if (!session) return undefined;
  const now = deps.clock.now();
  const lastUsed = Date.parse(session.lastUsedAt ?? session.createdAt);
  if (
    session.expiresAt <= now.toISOString() ||
    now.getTime() - lastUsed >= SESSION_IDLE_DAYS * DAY_MS
  ) {
    await deleteSession(deps.db, tokenHash);
    return undefined;
  }
  if (now.getTime() - lastUsed >= TOUCH_EVERY_MS) {
    await touchSession(deps.db, tokenHash, now.toISOString());
  }
  const user = await getUser(deps.db, session.userId);
  return user && { user, csrfToken: session.csrfToken, tokenHash };
}

export async function endSession(deps: ServerDeps, tokenHash: string): Promise<void> {
  await deleteSession(deps.db, tokenHash);
}

/** Forgets every session past its end or idle too long; returns how many. */
export async function pruneSessions(deps: ServerDeps): Promise<number> {
  const now = deps.clock.now();
  const idleSince = new Date(now.getTime() - SESSION_IDLE_DAYS * DAY_MS).toISOString();
  return await deleteExpiredSessions(deps.db, now.toISOString(), idleSince);
}

/** HTTP-only and SameSite=Lax always; Secure whenever the server is reached over https. */
export function setSessionCookie(c: Context, deps: ServerDeps, session: StartedSession): void {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: deps.config.publicBaseUrl.startsWith('https:'),
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(c: Context, deps: ServerDeps): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    secure: deps.config.publicBaseUrl.startsWith('https:'),
  });
}
