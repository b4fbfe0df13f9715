import { createRoute, z } from '@hono/zod-openapi';
import {
  getNumberNotifications,
  getUserNotifications,
  listDeliveries,
  saveNumberNotifications,
  saveUserNotifications,
} from '../db/notifications.js';
import { getNumber } from '../db/numbers.js';
import { type Connection, transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { emailProblem } from '../notifications/email-ready.js';
import { sendSlackTest } from '../notifications/slack.js';
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

const EmailChoicesSchema = z.object({
  'voicemail.new': z.boolean(),
  'call.missed': z.boolean(),
  'message.received': z.boolean(),
});

const MyNotificationsSchema = z
  .object({
    email: EmailChoicesSchema,
    numberIds: z.array(z.string()).nullable().openapi({ description: 'null: every number' }),
    address: z.string().openapi({ description: 'Where the e-mails go: your account e-mail' }),
    emailReady: z.boolean(),
    emailProblem: z.string().nullable(),
  })
  .openapi('MyNotifications');

const MyNotificationsInput = z.strictObject({
  email: z.strictObject(EmailChoicesSchema.shape),
  numberIds: z
    .array(z.string().max(128))
    .max(500)
    .nullable()
    .openapi({ description: 'The numbers to be told about; null for every number' }),
});

const NumberNotificationsSchema = z
  .object({
    slack: z.object({ url: z.string().nullable(), events: z.array(EventTypeSchema) }),
    deliveries: z.array(DeliverySchema).openapi({ description: 'The 20 newest Slack deliveries' }),
  })
  .openapi('NumberNotifications');

const NumberNotificationsInput = z.strictObject({
  slack: z.strictObject({
    url: HttpUrlSchema.nullable().openapi({
      description: "The Slack channel's incoming-webhook URL; null to stop posting",
    }),
    events: EventListSchema,
  }),
});

const tags = ['Notifications'];
const mine = json(MyNotificationsSchema, 'Your e-mail notification choices');
const numberOne = json(NumberNotificationsSchema, "The number's Slack channel");
const getMineRoute = createRoute({
  method: 'get',
  path: '/me/notifications',
  tags,
  summary: 'Your e-mail notifications',
  responses: { 200: mine },
});
const putMineRoute = createRoute({
  method: 'put',
  path: '/me/notifications',
  tags,
  summary: 'Choose which events you are e-mailed about, for which numbers',
  request: { body: jsonBody(MyNotificationsInput) },
  responses: { 200: mine, ...errorResponses(400) },
});
const getNumberRoute = createRoute({
  method: 'get',
  path: '/numbers/{id}/notifications',
  tags,
  summary: "A number's Slack notifications and their latest deliveries",
  request: { params: IdParams },
  responses: { 200: numberOne, ...errorResponses(404) },
});
const putNumberRoute = createRoute({
  method: 'put',
  path: '/numbers/{id}/notifications',
  tags,
  summary: "Set a number's Slack incoming webhook and the events posted there",
  request: { params: IdParams, body: jsonBody(NumberNotificationsInput) },
  responses: { 200: numberOne, ...errorResponses(400, 404) },
});
const slackTestRoute = createRoute({
  method: 'post',
  path: '/numbers/{id}/notifications/slack/test',
  tags,
  summary: "Post a test message to the number's Slack channel now",
  description:
    'Sent at once (10 s timeout) and logged as event type `test`; an unreachable URL is a failed delivery, not an error.',
  request: { params: IdParams },
  responses: {
    200: json(z.object({ delivery: DeliverySchema }), 'How the test went'),
    ...errorResponses(400, 404),
  },
});

/** Notification choices: each user's e-mails, and each number's Slack channel. */
export function notificationsApi(deps: ServerDeps) {
  const { db, clock, config } = deps;
  const now = () => clock.now().toISOString();
  const myView = async (user: { id: string; email: string }) => {
    const problem = emailProblem(config);
    return {
      ...(await getUserNotifications(db, user.id)),
      address: user.email,
      emailReady: problem === null,
      emailProblem: problem,
    };
  };
  const numberView = async (numberId: string) => ({
    slack: (await getNumberNotifications(db, numberId)).slack,
    deliveries: (await listDeliveries(db, { channel: 'slack', targetId: numberId, limit: 20 })).map(
      deliveryView,
    ),
  });
  /** Inside a transaction, pass it as `on`: another pool connection would wait beside it (PostgreSQL). */
  const numberOf = async (id: string, on: Connection = db) =>
    (await getNumber(on, id)) ?? notFound('phone number', id);

  return router()
    .openapi(getMineRoute, async (c) => c.json(await myView(c.get('caller').user), 200))
    .openapi(putMineRoute, async (c) => {
      const { user } = c.get('caller');
      const body = c.req.valid('json');
      const numberIds = body.numberIds && [...new Set(body.numberIds)];
      for (const [index, id] of (numberIds ?? []).entries()) {
        if (!(await getNumber(db, id)))
          badField(`numberIds.${index}`, `No phone number with id "${id}"`);
      }
      await transaction(db, async (tx) => {
        await saveUserNotifications(tx, user.id, { email: body.email, numberIds }, now());
        await auditChange({ ...deps, db: tx }, c, 'user.notifications', user.id, {
          email: body.email,
          numberIds,
        });
      });
      return c.json(await myView(user), 200);
    })
    .openapi(getNumberRoute, async (c) => {
      const { id } = c.req.valid('param');
      await numberOf(id);
      return c.json(await numberView(id), 200);
    })
    .openapi(putNumberRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { slack } = c.req.valid('json');
      await transaction(db, async (tx) => {
        await numberOf(id, tx);
        const before = (await getNumberNotifications(tx, id)).slack;
        await saveNumberNotifications(tx, id, { slack }, now());
        // The URL is a credential of the Slack channel: the log says whether it changed, not what it is.
        await auditChange({ ...deps, db: tx }, c, 'number.slack', id, {
          slack: slack.url !== null,
          urlChanged: slack.url !== before.url,
          events: slack.events,
        });
      });
      return c.json(await numberView(id), 200);
    })
    .openapi(slackTestRoute, async (c) => {
      const { id } = c.req.valid('param');
      const number = await numberOf(id);
      const { url } = (await getNumberNotifications(db, id)).slack;
      if (!url) badField('slack.url', 'Set a Slack incoming-webhook URL first');
      const delivery = await sendSlackTest(deps, number, url);
      return c.json({ delivery: deliveryView(delivery) }, 200);
    });
}
