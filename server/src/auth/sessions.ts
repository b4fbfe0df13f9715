/**
 * @module
 * Browser sessions: a random token in an HTTP-only cookie, stored hashed with
 * an expiry, and a CSRF token that the page must echo in a header.
 */
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { deleteSession, findSession, getUser, insertSession, type User } from '../db/users.js';
import type { ServerDeps } from '../deps.js';
import { hashToken, randomToken } from './secrets.js';

export const SESSION_COOKIE = 'rf_session';
export const SESSION_DAYS = 30;

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
export function startSession(deps: ServerDeps, userId: string): StartedSession {
  const now = deps.clock.now();
  const session = {
    token: randomToken(),
    csrfToken: randomToken(),
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
  };
  insertSession(deps.db, {
    tokenHash: hashToken(session.token),
    userId,
    csrfToken: session.csrfToken,
    createdAt: now.toISOString(),
    expiresAt: session.expiresAt,
  });
  return session;
}

/** The user and CSRF token behind a cookie value; an expired session is removed and gives nothing. */
export function resolveSession(
  deps: ServerDeps,
  token: string,
): { user: User; csrfToken: string; tokenHash: string } | undefined {
  const tokenHash = hashToken(token);
  const session = findSession(deps.db, tokenHash);
  if (!session) return undefined;
  if (session.expiresAt <= deps.clock.now().toISOString()) {
    deleteSession(deps.db, tokenHash);
    return undefined;
  }
  const user = getUser(deps.db, session.userId);
  return user && { user, csrfToken: session.csrfToken, tokenHash };
}

export function endSession(deps: ServerDeps, tokenHash: string): void {
  deleteSession(deps.db, tokenHash);
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
