import { createRoute, z } from '@hono/zod-openapi';
import { clearSessionCookie, endSession } from '../auth/sessions.js';
import { transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { auditChange } from './audit-change.js';
import { router } from './router.js';
import { json } from './schemas.js';
import { UserSchema } from './users.js';

const meRoute = createRoute({
  method: 'get',
  path: '/auth/me',
  tags: ['Authentication'],
  summary: 'Who is logged in, and the CSRF token of the session',
  responses: {
    200: json(
      z.object({
        user: UserSchema,
        via: z.enum(['session', 'token']),
        csrfToken: z
          .string()
          .nullable()
          .openapi({ description: 'Null when called with an API token' }),
      }),
      'The caller',
    ),
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['Authentication'],
  summary: 'End the session and clear its cookie',
  responses: { 204: { description: 'Logged out' } },
});

/** The caller's own session: who am I, and log out. */
export function sessionApi(deps: ServerDeps) {
  return router()
    .openapi(meRoute, (c) => {
      const { user, via, csrfToken } = c.get('caller');
      return c.json({ user, via, csrfToken: csrfToken ?? null }, 200);
    })
    .openapi(logoutRoute, async (c) => {
      const { sessionTokenHash, user } = c.get('caller');
      await transaction(deps.db, async (tx) => {
        if (sessionTokenHash) await endSession({ ...deps, db: tx }, sessionTokenHash);
        await auditChange({ ...deps, db: tx }, c, 'auth.logout', user.id);
      });
      clearSessionCookie(c, deps);
      return c.body(null, 204);
    });
}
