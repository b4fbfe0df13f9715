import { createRoute, z } from '@hono/zod-openapi';
import { issueApiToken } from '../auth/api-tokens.js';
import { transaction } from '../db/sql/connection.js';
import { deleteApiToken, getApiToken, listApiTokens } from '../db/users.js';
import type { ServerDeps } from '../deps.js';
import { auditChange } from './audit-change.js';
import { errorResponses, notFound } from './errors.js';
import { router } from './router.js';
import { IdParams, json, jsonBody } from './schemas.js';

export const ApiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    userId: z.string(),
    userName: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('ApiToken');

const listRoute = createRoute({
  method: 'get',
  path: '/tokens',
  tags: ['API tokens'],
  summary: "Your API tokens (an owner sees everyone's); never the secrets",
  responses: { 200: json(z.object({ tokens: z.array(ApiTokenSchema) }), 'The tokens') },
});

const createTokenRoute = createRoute({
  method: 'post',
  path: '/tokens',
  tags: ['API tokens'],
  summary: 'Create a token for automation; the secret is shown once, in this answer',
  request: {
    body: jsonBody(
      z.strictObject({
        name: z.string().trim().min(1, 'Give the token a name').max(120).openapi({ example: 'CI' }),
      }),
    ),
  },
  responses: {
    201: json(
      ApiTokenSchema.extend({
        token: z
          .string()
          .openapi({ description: 'Send as "Authorization: Bearer rf_..."; not shown again' }),
      }),
      'The new token',
    ),
    ...errorResponses(400),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/tokens/{id}',
  tags: ['API tokens'],
  summary: 'Delete a token: it stops working at once',
  request: { params: IdParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(404) },
});

/** API tokens: each user manages their own; an owner manages everyone's. */
export function tokensApi(deps: ServerDeps) {
  const { db } = deps;
  return router()
    .openapi(listRoute, async (c) => {
      const { user } = c.get('caller');
      return c.json(
        { tokens: await listApiTokens(db, user.role === 'owner' ? undefined : user.id) },
        200,
      );
    })
    .openapi(createTokenRoute, async (c) => {
      const { name } = c.req.valid('json');
      const created = await transaction(db, async (tx) => {
        const issued = await issueApiToken({ ...deps, db: tx }, c.get('caller').user.id, name);
        await auditChange({ ...deps, db: tx }, c, 'token.create', issued.record.id, { name });
        return issued;
      });
      return c.json({ ...created.record, token: created.token }, 201);
    })
    .openapi(deleteRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { user } = c.get('caller');
      await transaction(db, async (tx) => {
        const token = await getApiToken(tx, id);
        // Someone else's token is "not found" to an admin: ids of others' tokens are not theirs to probe.
        if (!token || (token.userId !== user.id && user.role !== 'owner'))
          notFound('API token', id);
        await deleteApiToken(tx, id);
        await auditChange({ ...deps, db: tx }, c, 'token.delete', id, {
          name: token.name,
          userId: token.userId,
        });
      });
      return c.body(null, 204);
    });
}
