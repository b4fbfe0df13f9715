import { createRoute, z } from '@hono/zod-openapi';
import { hashPassword } from '../auth/password.js';
import { type Connection, transaction } from '../db/sql/connection.js';
import {
  countOwners,
  createUser,
  deleteUser,
  findUserCredentials,
  getUser,
  lastSignIns,
  listUsers,
  setUserRole,
} from '../db/users.js';
import type { ServerDeps } from '../deps.js';
import { auditChange } from './audit-change.js';
import { requireOwner } from './authenticate.js';
import { ApiError, conflict, errorResponses, notFound } from './errors.js';
import { router } from './router.js';
import { IdParams, json, jsonBody } from './schemas.js';

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(['owner', 'admin']),
    createdAt: z.string(),
  })
  .openapi('User');

const ListedUserSchema = UserSchema.extend({
  lastSignInAt: z.string().nullable().openapi({
    description: 'When the account last signed in with its password; null when not known',
  }),
}).openapi('ListedUser');

const RoleSchema = z.enum(['owner', 'admin']);
const RolePatchSchema = z.strictObject({ role: RoleSchema });

const NewUserSchema = z.strictObject({
  email: z.email().max(254),
  name: z.string().trim().min(1, 'Give a name').max(120),
  password: z.string().min(8, 'Use at least 8 characters').max(1024),
  role: RoleSchema.default('admin'),
});

const listRoute = createRoute({
  method: 'get',
  path: '/users',
  tags: ['Users'],
  summary: 'List the accounts (owner only)',
  responses: {
    200: json(z.object({ users: z.array(ListedUserSchema) }), 'Every account'),
    ...errorResponses(403),
  },
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/users',
  tags: ['Users'],
  summary: 'Add an admin or owner (owner only)',
  request: { body: jsonBody(NewUserSchema) },
  responses: {
    201: json(UserSchema, 'The new account; it can log in at once'),
    ...errorResponses(400, 403, 409),
  },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/users/{id}',
  tags: ['Users'],
  summary: "Change an account's role (owner only); there is always at least one owner",
  request: { params: IdParams, body: jsonBody(RolePatchSchema) },
  responses: { 200: json(UserSchema, 'The account'), ...errorResponses(400, 403, 404, 409) },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/users/{id}',
  tags: ['Users'],
  summary: 'Remove an account, its sessions and its API tokens (owner only)',
  request: { params: IdParams },
  responses: { 204: { description: 'Removed' }, ...errorResponses(403, 404, 409) },
});

/** Accounts: only an owner may list, add or remove them. */
export function usersApi(deps: ServerDeps) {
  const { db, clock } = deps;
  return router()
    .openapi(listRoute, async (c) => {
      requireOwner(c);
      const signIns = await lastSignIns(db);
      const users = (await listUsers(db)).map((u) => ({
        ...u,
        lastSignInAt: signIns.get(u.id) ?? null,
      }));
      return c.json({ users }, 200);
    })
    .openapi(createUserRoute, async (c) => {
      requireOwner(c);
      const body = c.req.valid('json');
      const passwordHash = await hashPassword(body.password);
      const user = await transaction(db, async (tx) => {
        if (await findUserCredentials(tx, body.email)) {
          const message = `An account with e-mail ${body.email} exists`;
          throw new ApiError(409, 'conflict', message, [{ path: 'email', message }]);
        }
        const created = await createUser(tx, { ...body, passwordHash }, clock.now().toISOString());
        await auditChange({ ...deps, db: tx }, c, 'user.create', created.id, {
          email: created.email,
          role: created.role,
        });
        return created;
      });
      return c.json(user, 201);
    })
    .openapi(patchRoute, async (c) => {
      requireOwner(c);
      const { id } = c.req.valid('param');
      const { role } = c.req.valid('json');
      const user = await transaction(db, async (tx) => {
        const before = (await getUser(tx, id)) ?? notFound('user', id);
        if (before.role === 'owner' && role !== 'owner') await keepAnOwner(tx, 'role');
        const after = (await setUserRole(tx, id, role)) ?? notFound('user', id);
        await auditChange({ ...deps, db: tx }, c, 'user.role', id, { email: after.email, role });
        return after;
      });
      return c.json(user, 200);
    })
    .openapi(deleteRoute, async (c) => {
      requireOwner(c);
      const { id } = c.req.valid('param');
      if (id === c.get('caller').user.id) conflict('You cannot remove your own account');
      await transaction(db, async (tx) => {
        const user = (await getUser(tx, id)) ?? notFound('user', id);
        if (user.role === 'owner') await keepAnOwner(tx, 'id');
        await deleteUser(tx, id);
        await auditChange({ ...deps, db: tx }, c, 'user.delete', id, { email: user.email });
      });
      return c.body(null, 204);
    });
}

/** Refuses a change that would leave no owner, naming the field that asked for it. */
async function keepAnOwner(db: Connection, path: string) {
  if ((await countOwners(db)) > 1) return;
  const message = 'Keep at least one owner: make another account owner first';
  throw new ApiError(409, 'conflict', message, [{ path, message }]);
}
