import { createRoute, z } from '@hono/zod-openapi';
import { listAudit } from '../db/audit.js';
import type { ServerDeps } from '../deps.js';
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
  summary: 'Who changed what, newest first',
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(500).default(100),
      before: z.coerce
        .number()
        .int()
        .min(1)
        .optional()
        .openapi({ description: 'Entries older than this id (next page)' }),
    }),
  },
  responses: {
    200: json(z.object({ entries: z.array(AuditEntrySchema) }), 'A page of entries'),
    ...errorResponses(400),
  },
});

/** The audit log, read-only: every change through the API appends to it. */
export function auditLogApi(deps: ServerDeps) {
  return router().openapi(listRoute, (c) =>
    c.json({ entries: listAudit(deps.db, c.req.valid('query')) }, 200),
  );
}
