import { createRoute, z } from '@hono/zod-openapi';
import { listAudit, listAuditActions } from '../db/audit.js';
import type { ServerDeps } from '../deps.js';
import { requireOwner } from './authenticate.js';
import { errorResponses } from './errors.js';
import { router } from './router.js';
import { json } from './schemas.js';

const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    userId: z.string().nullable(),
    userName: z.string().nullable(),
    action: z.string().openapi({ example: 'flow.publish' }),
    subject: z.string(),
    detail: z.unknown(),
  })
  .openapi('AuditEntry');

const listRoute = createRoute({
  method: 'get',
  path: '/audit',
  tags: ['Audit log'],
  summary: 'Who changed what, and failed sign-ins, newest first (owner only)',
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(500).default(100),
      before: z.coerce
        .number()
        .int()
        .min(1)
        .optional()
        .openapi({ description: 'Entries older than this id (next page)' }),
      action: z
        .string()
        .trim()
        .regex(
          /^[\w.-]+(\.\*)?$/,
          'Use an action such as auth.login_failed, or a family such as auth.*',
        )
        .max(100)
        .optional()
        .openapi({
          description: 'One action, or a family ending in .* (auth.*)',
          example: 'auth.*',
        }),
    }),
  },
  responses: {
    200: json(
      z.object({
        entries: z.array(AuditEntrySchema),
        nextBefore: z
          .number()
          .int()
          .nullable()
          .openapi({ description: 'Pass as `before` for the next page; null on the last' }),
        actions: z
          .array(z.string())
          .openapi({ description: 'Every action in the log, to filter by' }),
      }),
      'A page of entries',
    ),
    ...errorResponses(400, 403),
  },
});

/** The audit log, read-only and for owners: every change through the API appends to it. */
export function auditLogApi(deps: ServerDeps) {
  return router().openapi(listRoute, async (c) => {
    requireOwner(c);
    const query = c.req.valid('query');
    const entries = await listAudit(deps.db, query);
    const last = entries.at(-1);
    const nextBefore = entries.length === query.limit && last ? last.id : null;
    return c.json({ entries, nextBefore, actions: await listAuditActions(deps.db) }, 200);
  });
}
