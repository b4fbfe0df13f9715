import { createRoute, z } from '@hono/zod-openapi';
import { transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import {
  getLastRetentionRun,
  getRetentionSettings,
  RetentionSettingsSchema,
  saveRetentionSettings,
} from '../retention/settings.js';
import { auditChange } from './audit-change.js';
import { requireOwner } from './authenticate.js';
import { errorResponses } from './errors.js';
import { router } from './router.js';
import { json, jsonBody } from './schemas.js';

const days = (what: string) =>
  z
    .number()
    .int()
    .nullable()
    .openapi({
      description: `Days to keep ${what} (1-3650); null keeps them for ever`,
      example: 90,
    });

const RetentionSchema = z
  .object({
    voicemailDays: days('voicemail recordings and transcripts'),
    callDays: days('calls and their traces'),
    messageDays: days('texts and auto-reply decisions'),
    lastRun: z
      .object({
        at: z.string(),
        voicemails: z.number().int(),
        calls: z.number().int(),
        messages: z.number().int(),
      })
      .nullable()
      .openapi({ description: 'What the last daily run deleted; null before the first run' }),
  })
  .openapi('Retention');

const tags = ['Settings'];
const getRoute = createRoute({
  method: 'get',
  path: '/settings/retention',
  tags,
  summary: 'How long voicemails, calls and texts are kept',
  responses: { 200: json(RetentionSchema, 'The retention periods and the last run') },
});

const putRoute = createRoute({
  method: 'put',
  path: '/settings/retention',
  tags,
  summary: 'Set how long voicemails, calls and texts are kept (owner only)',
  description:
    'The daily retention job deletes what is older, starting with its next run (at most 24 hours away, or when the server starts).',
  request: { body: jsonBody(RetentionSettingsSchema) },
  responses: {
    200: json(RetentionSchema, 'The retention periods now in force'),
    ...errorResponses(400, 403),
  },
});

/** Workspace settings: retention (any signed-in user reads it, owners change it). */
export function settingsApi(deps: ServerDeps) {
  const { db, clock } = deps;
  const current = async () => ({
    ...(await getRetentionSettings(db)),
    lastRun: await getLastRetentionRun(db),
  });
  return router()
    .openapi(getRoute, async (c) => c.json(await current(), 200))
    .openapi(putRoute, async (c) => {
      requireOwner(c);
      const body = c.req.valid('json');
      await transaction(db, async (tx) => {
        const before = await getRetentionSettings(tx);
        await saveRetentionSettings(tx, body, clock.now().toISOString());
        await auditChange({ ...deps, db: tx }, c, 'settings.retention', 'retention', {
          before,
          after: body,
        });
      });
      return c.json(await current(), 200);
    });
}
