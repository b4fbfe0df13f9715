import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { resolveApiToken } from '../auth/api-tokens.js';
import { safeEqual } from '../auth/secrets.js';
import { resolveSession, SESSION_COOKIE } from '../auth/sessions.js';
import type { ServerDeps } from '../deps.js';
import { ApiError } from './errors.js';
import type { ApiEnv } from './router.js';

/** Methods that change something: a cookie session must prove them with the CSRF header. */
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * Requires credentials: `Authorization: Bearer rf_...` (an API token, no CSRF
 * needed because a browser never sends it on its own), or the `rf_session`
 * cookie plus, for changes, the session's CSRF token in `X-CSRF-Token` (a
 * cookie is sent by the browser whoever built the request).
 *
 * @example
 * app.use('*', authenticate(deps));
 */
export function authenticate(deps: ServerDeps): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const authorization = c.req.header('Authorization');
    if (authorization !== undefined) {
      const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
      const found = token ? await resolveApiToken(deps, token) : undefined;
      if (!found) {
        throw new ApiError(
          401,
          'unauthorized',
          'The API token is not valid (it may have been deleted)',
        );
      }
      c.set('caller', { user: found.user, via: 'token' });
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    const session = cookie ? await resolveSession(deps, cookie) : undefined;
    if (!session) {
      throw new ApiError(
        401,
        'unauthorized',
        'Log in first (POST /api/auth/login), or send an API token as "Authorization: Bearer rf_..."',
      );
    }
    if (
      UNSAFE.has(c.req.method) &&
      !safeEqual(c.req.header(CSRF_HEADER) ?? '', session.csrfToken)
    ) {
      throw new ApiError(
        403,
        'csrf',
        `Missing or wrong ${CSRF_HEADER} header: send the csrfToken from POST /api/auth/login or GET /api/auth/me`,
      );
    }
    c.set('caller', {
      user: session.user,
      via: 'session',
      sessionTokenHash: session.tokenHash,
      csrfToken: session.csrfToken,
    });
    return next();
  };
}

/** Stops anyone but an owner. */
export function requireOwner(c: Context<ApiEnv>): void {
  if (c.get('caller').user.role !== 'owner') {
    throw new ApiError(403, 'forbidden', 'Only an owner can do this');
  }
}
