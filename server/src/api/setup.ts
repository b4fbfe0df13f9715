/**
 * @module
 * What the server is missing to do its work, for the admin app's banner:
 * today, Twilio's credentials (texts, recording copies, webhooks).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { ServerDeps } from '../deps.js';
import { twilioSetup } from '../providers/twilio/credentials.js';
import { errorResponses } from './errors.js';
import { router } from './router.js';
import { json } from './schemas.js';

const SetupSchema = z
  .object({
    twilio: z.object({
      ready: z.boolean().openapi({ description: 'Texts can be sent and recordings copied' }),
      missing: z.array(z.enum(['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN'])),
      problem: z
        .string()
        .nullable()
        .openapi({ description: 'What does not work meanwhile and what to do; null when ready' }),
    }),
  })
  .openapi('Setup');

const setupRoute = createRoute({
  method: 'get',
  path: '/setup',
  tags: ['Settings'],
  summary: 'What the server still needs set up',
  responses: {
    200: json(SetupSchema, 'Each service the server talks to: ready, or what is missing'),
    ...errorResponses(),
  },
});

export function setupApi(deps: ServerDeps) {
  return router().openapi(setupRoute, (c) =>
    c.json({ twilio: twilioSetup(deps.config.twilio) }, 200),
  );
}
