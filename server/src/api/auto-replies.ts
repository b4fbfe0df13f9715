import { createRoute, z } from '@hono/zod-openapi';
import {
  cancelRuleReplies,
  decisionsOfMessages,
  getAutoReplySettings,
  listDecisions,
  saveAutoReplySettings,
} from '../db/auto-replies.js';
import { listMessages, type Message } from '../db/messages.js';
import { getNumber } from '../db/numbers.js';
import { type Connection, transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { newId } from '../ids.js';
import { queueTeamText } from '../outbox/sms.js';
import { auditChange } from './audit-change.js';
import {
  AutoReplySettingsBody,
  DecisionSchema,
  MessageSchema,
  TeamTextSchema,
} from './auto-reply-schemas.js';
import { errorResponses, notFound } from './errors.js';
import { router } from './router.js';
import { IdParams, json, jsonBody } from './schemas.js';

const tags = ['Auto-replies'];
const settingsReply = json(z.object({ settings: AutoReplySettingsBody }), "The number's settings");
const RuleParams = IdParams.extend({
  ruleId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'ruleId', in: 'path' }, example: 'missed-call' }),
});
const Limit = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const getSettingsRoute = createRoute({
  method: 'get',
  path: '/numbers/{id}/auto-replies',
  tags,
  summary: "A number's auto-reply rules and guards (the defaults when never set)",
  request: { params: IdParams },
  responses: { 200: settingsReply, ...errorResponses(404) },
});
const putSettingsRoute = createRoute({
  method: 'put',
  path: '/numbers/{id}/auto-replies',
  tags,
  summary: "Replace a number's auto-reply rules and guards",
  description:
    'A rule left out or switched off stops at once: its texts still waiting (delayed) are cancelled.',
  request: { params: IdParams, body: jsonBody(AutoReplySettingsBody) },
  responses: { 200: settingsReply, ...errorResponses(400, 404) },
});
const deleteRuleRoute = createRoute({
  method: 'delete',
  path: '/numbers/{id}/auto-replies/{ruleId}',
  tags,
  summary: 'Delete one auto-reply; its texts still waiting are cancelled',
  request: { params: RuleParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(404) },
});
const decisionsRoute = createRoute({
  method: 'get',
  path: '/numbers/{id}/auto-reply-decisions',
  tags,
  summary: "A number's auto-reply decisions, newest first: each text sent or not, and why",
  request: { params: IdParams, query: Limit },
  responses: {
    200: json(z.object({ decisions: z.array(DecisionSchema) }), 'The decisions'),
    ...errorResponses(400, 404),
  },
});
const messagesRoute = createRoute({
  method: 'get',
  path: '/messages',
  tags: ['Messages'],
  summary: 'The message log, newest first: texts received and sent, with their decisions',
  request: {
    query: Limit.extend({
      numberId: z.string().max(128).optional(),
      contact: z.string().max(64).optional().openapi({ example: '+14155550123' }),
    }),
  },
  responses: {
    200: json(z.object({ messages: z.array(MessageSchema) }), 'The messages'),
    ...errorResponses(400),
  },
});
const sendRoute = createRoute({
  method: 'post',
  path: '/numbers/{id}/messages',
  tags: ['Messages'],
  summary: 'Text a contact from a number, as a team member',
  description:
    'Sent through the outbox. It counts as a conversation: auto-replies to this contact wait for the conversation window.',
  request: { params: IdParams, body: jsonBody(TeamTextSchema) },
  responses: { 201: json(MessageSchema, 'The message, queued'), ...errorResponses(400, 404) },
});

/** Messages with the decisions they caused (a text received) or came from (an auto-reply). */
async function withDecisions(db: Connection, messages: Message[]) {
  const decisions = await decisionsOfMessages(
    db,
    messages.map((m) => m.id),
  );
  return messages.map(({ providerMessageId: _p, outboxId: _o, ...m }) => ({
    ...m,
    decisions: decisions.filter(
      (d) => d.messageId === m.id || (m.author === 'auto-reply' && d.replyMessageId === m.id),
    ),
  }));
}

/** Per-number auto-reply settings and decisions, and the message log. */
export function autoRepliesApi(deps: ServerDeps) {
  const { db, clock } = deps;
  /** Inside a transaction, pass it as `on`: another pool connection would wait beside it (PostgreSQL). */
  const numberOf = async (id: string, on: Connection = db) =>
    (await getNumber(on, id)) ?? notFound('phone number', id);
  return router()
    .openapi(getSettingsRoute, async (c) => {
      const { id } = c.req.valid('param');
      await numberOf(id);
      return c.json({ settings: await getAutoReplySettings(db, id) }, 200);
    })
    .openapi(putSettingsRoute, async (c) => {
      const { id } = c.req.valid('param');
      const settings = c.req.valid('json');
      const at = clock.now().toISOString();
      await transaction(db, async (tx) => {
        await numberOf(id, tx);
        const before = await getAutoReplySettings(tx, id);
        for (const rule of before.rules) {
          const now = settings.rules.find((r) => r.id === rule.id);
          if (!now)
            await cancelRuleReplies(tx, id, rule.id, 'Cancelled: the auto-reply was deleted', at);
          else if (!now.active)
            await cancelRuleReplies(
              tx,
              id,
              rule.id,
              'Cancelled: the auto-reply was switched off',
              at,
            );
        }
        await saveAutoReplySettings(tx, id, settings, at);
        await auditChange({ ...deps, db: tx }, c, 'auto-replies.update', id, {
          rules: settings.rules.length,
        });
      });
      return c.json({ settings }, 200);
    })
    .openapi(deleteRuleRoute, async (c) => {
      const { id, ruleId } = c.req.valid('param');
      const at = clock.now().toISOString();
      await transaction(db, async (tx) => {
        await numberOf(id, tx);
        const settings = await getAutoReplySettings(tx, id);
        if (!settings.rules.some((r) => r.id === ruleId)) notFound(`auto-reply of ${id}`, ruleId);
        const rules = settings.rules.filter((r) => r.id !== ruleId);
        await cancelRuleReplies(tx, id, ruleId, 'Cancelled: the auto-reply was deleted', at);
        await saveAutoReplySettings(tx, id, { ...settings, rules }, at);
        await auditChange({ ...deps, db: tx }, c, 'auto-replies.delete', id, { ruleId });
      });
      return c.body(null, 204);
    })
    .openapi(decisionsRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { limit } = c.req.valid('query');
      await numberOf(id);
      return c.json({ decisions: await listDecisions(db, id, limit) }, 200);
    })
    .openapi(messagesRoute, async (c) => {
      const { limit, numberId, contact } = c.req.valid('query');
      return c.json(
        { messages: await withDecisions(db, await listMessages(db, { numberId, contact, limit })) },
        200,
      );
    })
    .openapi(sendRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { to, body } = c.req.valid('json');
      const at = clock.now().toISOString();
      const message = await transaction(db, async (tx) => {
        const number = await numberOf(id, tx);
        const { message } = await queueTeamText(tx, {
          numberId: id,
          from: number.number,
          to,
          body,
          idempotencyKey: `team:${newId('txt')}`,
          at,
        });
        await auditChange({ ...deps, db: tx }, c, 'message.send', id, { to });
        return message;
      });
      return c.json((await withDecisions(db, [message]))[0], 201);
    });
}
