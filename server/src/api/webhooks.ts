import { createRoute, z } from '@hono/zod-openapi';
import { listDeliveries } from '../db/notifications.js';
import { getNumber } from '../db/numbers.js';
import { type Connection, transaction } from '../db/sql/connection.js';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookEndpoints,
  updateWebhookEndpoint,
  type WebhookEndpoint,
} from '../db/webhook-endpoints.js';
import type { ServerDeps } from '../deps.js';
import { sendWebhookTest } from '../notifications/webhook.js';
import { auditChange } from './audit-change.js';
import { badField, errorResponses, notFound } from './errors.js';
import {
  DeliverySchema,
  deliveryView,
  EventListSchema,
  EventTypeSchema,
  HttpUrlSchema,
} from './notification-schemas.js';
import { router } from './router.js';
import { IdParams, json, jsonBody } from './schemas.js';

const EndpointSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string(),
    numberId: z.string().nullable().openapi({ description: 'null: every number' }),
    events: z.array(EventTypeSchema),
    active: z.boolean(),
    secret: z.string().openapi({
      description: 'The HMAC-SHA256 key of the Ringflow-Signature header',
      example: 'whsec_…',
    }),
    createdAt: z.string(),
    // A union, not `.nullable()`: that registers the named schema as an intersection.
    lastDelivery: z.union([DeliverySchema, z.null()]),
  })
  .openapi('WebhookEndpoint');

const fields = {
  url: HttpUrlSchema,
  description: z.string().trim().max(200).openapi({ example: 'CRM' }),
  numberId: z
    .string()
    .max(128)
    .nullable()
    .openapi({ description: 'Only this number’s events; null for every number' }),
  events: EventListSchema,
  active: z.boolean().openapi({ description: 'false pauses deliveries' }),
};
const NewEndpointSchema = z.strictObject({
  url: fields.url,
  description: fields.description.default(''),
  numberId: fields.numberId.default(null),
  events: fields.events,
});
const EndpointPatchSchema = z.strictObject(fields).partial();

const tags = ['Webhooks'];
const one = json(EndpointSchema, 'The webhook endpoint');
const testAnswer = json(z.object({ delivery: DeliverySchema }), 'How the test delivery went');
const listRoute = createRoute({
  method: 'get',
  path: '/webhooks',
  tags,
  summary: 'List outgoing webhook endpoints',
  responses: { 200: json(z.object({ webhooks: z.array(EndpointSchema) }), 'Oldest first') },
});
const createEndpointRoute = createRoute({
  method: 'post',
  path: '/webhooks',
  tags,
  summary: 'Add an endpoint; its signing secret is generated',
  request: { body: jsonBody(NewEndpointSchema) },
  responses: { 201: one, ...errorResponses(400) },
});
const patchRoute = createRoute({
  method: 'patch',
  path: '/webhooks/{id}',
  tags,
  summary: 'Change an endpoint, or pause it (active: false)',
  request: { params: IdParams, body: jsonBody(EndpointPatchSchema) },
  responses: { 200: one, ...errorResponses(400, 404) },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/webhooks/{id}',
  tags,
  summary: 'Remove an endpoint; deliveries still waiting are not sent',
  request: { params: IdParams },
  responses: { 204: { description: 'Removed' }, ...errorResponses(404) },
});
const testRoute = createRoute({
  method: 'post',
  path: '/webhooks/{id}/test',
  tags,
  summary: 'Send a signed test event now',
  description:
    'Sent at once, not through the outbox (10 s timeout), and logged as event type `test`; an unreachable URL is a failed delivery, not an error.',
  request: { params: IdParams },
  responses: { 200: testAnswer, ...errorResponses(404) },
});
const deliveriesRoute = createRoute({
  method: 'get',
  path: '/webhooks/{id}/deliveries',
  tags,
  summary: "An endpoint's 50 newest delivery attempts",
  request: { params: IdParams },
  responses: {
    200: json(z.object({ deliveries: z.array(DeliverySchema) }), 'Newest first'),
    ...errorResponses(404),
  },
});

async function checkNumber(db: Connection, numberId: string | null | undefined): Promise<void> {
  if (numberId && !(await getNumber(db, numberId))) {
    badField('numberId', `No phone number with id "${numberId}"`);
  }
}

/** Outgoing webhooks: signed JSON to CRMs and ticket tools, and each delivery's result. */
export function webhooksApi(deps: ServerDeps) {
  const { db, clock } = deps;
  const now = () => clock.now().toISOString();
  const view = async (endpoint: WebhookEndpoint) => {
    const [last] = await listDeliveries(db, {
      channel: 'webhook',
      targetId: endpoint.id,
      limit: 1,
    });
    return { ...endpoint, lastDelivery: last ? deliveryView(last) : null };
  };
  /** Inside a transaction, pass it as `on`: another pool connection would wait beside it (PostgreSQL). */
  const endpointOf = async (id: string, on: Connection = db) =>
    (await getWebhookEndpoint(on, id)) ?? notFound('webhook', id);

  return router()
    .openapi(listRoute, async (c) =>
      c.json({ webhooks: await Promise.all((await listWebhookEndpoints(db)).map(view)) }, 200),
    )
    .openapi(createEndpointRoute, async (c) => {
      const body = c.req.valid('json');
      const endpoint = await transaction(db, async (tx) => {
        await checkNumber(tx, body.numberId);
        const created = await createWebhookEndpoint(tx, body, now());
        await auditChange({ ...deps, db: tx }, c, 'webhook.create', created.id, body);
        return created;
      });
      return c.json(await view(endpoint), 201);
    })
    .openapi(patchRoute, async (c) => {
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const endpoint = await transaction(db, async (tx) => {
        await endpointOf(id, tx);
        await checkNumber(tx, patch.numberId);
        const updated = (await updateWebhookEndpoint(tx, id, patch)) ?? notFound('webhook', id);
        await auditChange({ ...deps, db: tx }, c, 'webhook.update', id, patch);
        return updated;
      });
      return c.json(await view(endpoint), 200);
    })
    .openapi(deleteRoute, async (c) => {
      const { id } = c.req.valid('param');
      await transaction(db, async (tx) => {
        const endpoint = await endpointOf(id, tx);
        await deleteWebhookEndpoint(tx, id);
        await auditChange({ ...deps, db: tx }, c, 'webhook.delete', id, { url: endpoint.url });
      });
      return c.body(null, 204);
    })
    .openapi(testRoute, async (c) => {
      const { id } = c.req.valid('param');
      const delivery = await sendWebhookTest(deps, await endpointOf(id));
      return c.json({ delivery: deliveryView(delivery) }, 200);
    })
    .openapi(deliveriesRoute, async (c) => {
      const { id } = c.req.valid('param');
      await endpointOf(id);
      const deliveries = await listDeliveries(db, { channel: 'webhook', targetId: id, limit: 50 });
      return c.json({ deliveries: deliveries.map(deliveryView) }, 200);
    });
}
