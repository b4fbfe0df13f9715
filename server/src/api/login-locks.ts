/**
 * @module
 * Sign-ins that are slowed or locked after failed attempts, for owners:
 * who is locked out (an e-mail, or a client address), until when, and a way
 * to let them in again before the lock runs out.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { deleteLoginThrottle, listBlockedLogins } from '../db/login-throttles.js';
import { transaction } from '../db/sql/connection.js';
import { findUserCredentials } from '../db/users.js';
import type { ServerDeps } from '../deps.js';
import { auditChange } from './audit-change.js';
import { requireOwner } from './authenticate.js';
import { errorResponses, notFound } from './errors.js';
import { router } from './router.js';
import { json } from './schemas.js';

const LoginLockSchema = z
  .object({
    key: z.string().openapi({ example: 'account:ann@example.com' }),
    kind: z.enum(['account', 'address']),
    /** The e-mail typed, or the client address. */
    value: z.string().openapi({ example: 'ann@example.com' }),
    userId: z.string().nullable().openapi({
      description: 'The account with this e-mail; null for an unknown e-mail or an address',
    }),
    failures: z.number().int(),
    locked: z.boolean().openapi({ description: 'Locked, rather than only slowed' }),
    until: z.string().openapi({ description: 'When attempts are checked again' }),
  })
  .openapi('LoginLock');

const listRoute = createRoute({
  method: 'get',
  path: '/auth/locks',
  tags: ['Authentication'],
  summary: 'Sign-ins slowed or locked after failed attempts (owner only)',
  responses: {
    200: json(z.object({ locks: z.array(LoginLockSchema) }), 'Locked first'),
    ...errorResponses(403),
  },
});

const unlockRoute = createRoute({
  method: 'delete',
  path: '/auth/locks/{key}',
  tags: ['Authentication'],
  summary: 'Unlock: forget the failed attempts of an e-mail or address (owner only)',
  request: {
    params: z.object({
      key: z
        .string()
        .regex(
          /^(account|address):.+$/,
          'Use a key from GET /auth/locks, e.g. account:ann@example.com',
        )
        .openapi({ param: { name: 'key', in: 'path' }, example: 'account:ann@example.com' }),
    }),
  },
  responses: { 204: { description: 'Unlocked' }, ...errorResponses(400, 403, 404) },
});

/** `GET /auth/locks` and `DELETE /auth/locks/{key}`. */
export function loginLocksApi(deps: ServerDeps) {
  const { db, clock } = deps;
  return router()
    .openapi(listRoute, async (c) => {
      requireOwner(c);
      const locks = await Promise.all(
        (await listBlockedLogins(db, clock.now().toISOString())).map(async (row) => {
          const [kind, ...rest] = row.key.split(':');
          const value = rest.join(':');
          return {
            key: row.key,
            kind: kind === 'address' ? ('address' as const) : ('account' as const),
            value,
            userId:
              kind === 'account' ? ((await findUserCredentials(db, value))?.user.id ?? null) : null,
            failures: row.failures,
            locked: row.lockedUntil !== null,
            until: row.blockedUntil ?? row.lastFailureAt,
          };
        }),
      );
      return c.json({ locks }, 200);
    })
    .openapi(unlockRoute, async (c) => {
      requireOwner(c);
      const { key } = c.req.valid('param');
      await transaction(db, async (tx) => {
        if (!(await deleteLoginThrottle(tx, key))) notFound('sign-in lock', key);
        await auditChange({ ...deps, db: tx }, c, 'auth.unlock', key);
      });
      deps.log.info('login unlocked', { key, by: c.get('caller').user.id });
      return c.body(null, 204);
    });
}
