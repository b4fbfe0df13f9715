import { createRoute, z } from '@hono/zod-openapi';
import { checkLogin } from '../auth/check-login.js';
import { setSessionCookie, startSession } from '../auth/sessions.js';
import { recordAudit } from '../db/audit.js';
import { inTransaction } from '../db/database.js';
import { deleteExpiredSessions } from '../db/users.js';
import type { ServerDeps } from '../deps.js';
import { ApiError, errorResponses } from './errors.js';
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
    200: json(LoginResultSchema, 'Logged in; the session cookie lasts 30 days'),
    ...errorResponses(400, 401),
  },
});

/** `POST /auth/login`, the one route that needs no credentials (besides the API's docs). */
export function loginApi(deps: ServerDeps) {
  const { db, clock, log } = deps;
  return router().openapi(loginRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    const user = await checkLogin(deps, email, password);
    if (!user) {
      log.warn('login refused', { email });
      // One message for an unknown e-mail and a wrong password: it must not tell which.
      throw new ApiError(401, 'invalid_credentials', 'Wrong e-mail or password');
    }
    const session = inTransaction(db, () => {
      const at = clock.now().toISOString();
      deleteExpiredSessions(db, at);
      recordAudit(db, { at, userId: user.id, action: 'auth.login', subject: user.id });
      return startSession(deps, user.id);
    });
    setSessionCookie(c, deps, session);
    return c.json({ user, csrfToken: session.csrfToken }, 200);
  });
}
