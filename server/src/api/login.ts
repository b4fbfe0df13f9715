/**
 * @module
 * `POST /auth/login`: the one route that needs no credentials, and so the
 * one a guesser hammers. Attempts are throttled per e-mail and per client
 * address (`auth/login-throttle.ts`); a login replaces any session the
 * browser already had, so a session fixed before sign-in never gains rights.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { checkLogin } from '../auth/check-login.js';
import { clientAddress } from '../auth/client-address.js';
import {
  beginAttempt,
  failAttempt,
  type Refusal,
  succeedAttempt,
  throttleKeys,
} from '../auth/login-throttle.js';
import { hashToken } from '../auth/secrets.js';
import {
  endSession,
  pruneSessions,
  SESSION_COOKIE,
  setSessionCookie,
  startSession,
} from '../auth/sessions.js';
import { recordAudit } from '../db/audit.js';
import { transaction } from '../db/sql/connection.js';
import { findUserCredentials } from '../db/users.js';
import type { ServerDeps } from '../deps.js';
import { ApiError, ErrorSchema, errorResponses } from './errors.js';
import { router } from './router.js';
import { json, jsonBody } from './schemas.js';
import { UserSchema } from './users.js';

export const LoginResultSchema = z
  .object({
    user: UserSchema,
    csrfToken: z.string().openapi({ description: 'Send it as X-CSRF-Token on every change' }),
  })
  .openapi('LoginResult');

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['Authentication'],
  summary: 'Log in: sets the rf_session cookie and returns the CSRF token',
  description:
    'After 5 failed attempts for one e-mail within 15 minutes (20 from one client address), each further attempt must wait a delay that doubles, up to a minute: it is answered 429 with Retry-After. At 20 failures (100 per address) sign-in is locked for 15 minutes, until an owner unlocks it. A success clears the e-mail’s count. A session cookie sent along is ended.',
  security: [],
  request: {
    body: jsonBody(
      z.strictObject({
        email: z.string().trim().min(1).max(254).openapi({ example: 'owner@example.com' }),
        password: z.string().min(1).max(1024),
      }),
    ),
  },
  responses: {
    200: json(LoginResultSchema, 'Logged in; the session cookie lasts 30 days (7 without use)'),
    ...errorResponses(400, 401),
    429: {
      description: 'Too many failed attempts: wait for Retry-After seconds',
      headers: z.object({ 'Retry-After': z.string().openapi({ example: '4' }) }),
      content: { 'application/json': { schema: ErrorSchema } },
    },
  },
});

/** "4 seconds", "15 minutes": how long the caller has to wait, rounded up. */
function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

function tooManyAttempts(c: Context, refusal: Refusal, now: Date): never {
  const seconds = Math.max(1, Math.ceil((refusal.until.getTime() - now.getTime()) / 1000));
  c.header('Retry-After', String(seconds));
  const when = `${refusal.until.toISOString().slice(11, 19)} UTC`;
  const message = refusal.locked
    ? `Sign-in is locked after too many failed attempts. Try again in ${waitText(seconds)} (after ${when}), or ask an owner to unlock it.`
    : `Too many failed attempts. Try again in ${waitText(seconds)} (after ${when}).`;
  throw new ApiError(429, 'too_many_attempts', message, undefined, {
    retryAfterSeconds: seconds,
  });
}

/** `POST /auth/login`, the one route that needs no credentials (besides the API's docs). */
export function loginApi(deps: ServerDeps) {
  const { db, clock, log } = deps;
  return router().openapi(loginRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    const address = clientAddress(c, deps.config);
    const begun = await transaction(
      db,
      async (tx) => await beginAttempt({ ...deps, db: tx }, throttleKeys(email, address)),
    );
    if ('until' in begun) {
      log.warn('login throttled', {
        email,
        address,
        kind: begun.kind,
        locked: begun.locked,
        until: begun.until.toISOString(),
      });
      tooManyAttempts(c, begun, clock.now());
    }
    const user = await checkLogin(deps, email, password);
    if (!user) {
      await transaction(
        db,
        async (tx) =>
          await failAttempt({ ...deps, db: tx }, begun, {
            email,
            address,
            userId: (await findUserCredentials(tx, email))?.user.id ?? null,
          }),
      );
      log.warn('login refused', { email, address });
      // One message for an unknown e-mail and a wrong password: it must not tell which.
      throw new ApiError(401, 'invalid_credentials', 'Wrong e-mail or password');
    }
    const previous = getCookie(c, SESSION_COOKIE);
    const session = await transaction(db, async (tx) => {
      await succeedAttempt({ ...deps, db: tx }, begun);
      if (previous) await endSession({ ...deps, db: tx }, hashToken(previous));
      await pruneSessions({ ...deps, db: tx });
      const at = clock.now().toISOString();
      await recordAudit(tx, { at, userId: user.id, action: 'auth.login', subject: user.id });
      return await startSession({ ...deps, db: tx }, user.id);
    });
    setSessionCookie(c, deps, session);
    return c.json({ user, csrfToken: session.csrfToken }, 200);
  });
}
