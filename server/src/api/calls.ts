import { createRoute, z } from '@hono/zod-openapi';
import { CALL_OUTCOMES } from '@ringflow/shared';
import { decisionsOfCall } from '../db/auto-replies.js';
import { type Call, getCall, listCallEvents, listCalls } from '../db/calls.js';
import { getNumber } from '../db/numbers.js';
import { voicemailsOfCall } from '../db/voicemails.js';
import type { ServerDeps } from '../deps.js';
import { DecisionSchema } from './auto-reply-schemas.js';
import { CallListQuerySchema, toListQuery } from './call-list-query.js';
import { badField, errorResponses, notFound } from './errors.js';
import { router } from './router.js';
import { IdParams, json } from './schemas.js';

const CallSummarySchema = z
  .object({
    id: z.string(),
    provider: z.string(),
    providerCallId: z.string(),
    from: z.string(),
    to: z.string(),
    phoneNumberId: z.string().nullable(),
    flowId: z.string().nullable(),
    revisionId: z.string().nullable(),
    status: z.enum(['active', 'ended']),
    outcome: z.enum(CALL_OUTCOMES).nullable().openapi({ example: 'voicemail' }),
    providerStatus: z.string().nullable(),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    durationSeconds: z.number().nullable(),
  })
  .openapi('CallSummary');

const CallDetailSchema = CallSummarySchema.extend({
  step: z.number().int(),
  path: z.array(z.string()).openapi({ description: 'The nodes the call went through, in order' }),
  result: z.record(z.string(), z.unknown()).nullable(),
  autoReplyDecisions: z
    .array(DecisionSchema)
    .openapi({ description: 'What the end of the call decided: each text sent or not, and why' }),
  voicemails: z
    .array(
      z.object({
        id: z.string(),
        audioStatus: z.enum(['fetching', 'stored', 'unavailable', 'deleted']),
        audioDeletedAt: z.string().nullable(),
        audioDeletedReason: z.enum(['retention', 'user']).nullable(),
        deletedAt: z.string().nullable(),
      }),
    )
    .openapi({ description: 'The messages the call left, deleted ones included' }),
  events: z.array(
    z.object({
      id: z.number().int(),
      step: z.number().int(),
      kind: z.enum(['webhook', 'event', 'instruction', 'note']),
      at: z.string(),
      data: z.unknown(),
      response: z.string().nullable(),
    }),
  ),
}).openapi('Call');

const tags = ['Calls'];
const listRoute = createRoute({
  method: 'get',
  path: '/calls',
  tags,
  summary: 'The call log, newest first, filtered by caller, number, outcome and days',
  request: { query: CallListQuerySchema },
  responses: {
    200: json(
      z.object({
        calls: z.array(CallSummarySchema),
        nextBefore: z
          .string()
          .nullable()
          .openapi({ description: 'Pass as `before` for the next page; null on the last' }),
      }),
      'A page of calls',
    ),
    ...errorResponses(400),
  },
});
const getRoute = createRoute({
  method: 'get',
  path: '/calls/{id}',
  tags,
  summary: 'One call with its trace and path',
  request: { params: IdParams },
  responses: { 200: json(CallDetailSchema, 'The call'), ...errorResponses(404) },
});

/** A call without its machine snapshot, which is for the runtime, not for people. */
function summary(call: Call) {
  const { snapshot: _snapshot, result: _result, step: _step, ...rest } = call;
  return rest;
}

/** The call log: read-only, written by the call runtime. */
export function callsApi(deps: ServerDeps) {
  const { db } = deps;
  return router()
    .openapi(listRoute, async (c) => {
      const query = c.req.valid('query');
      if (query.numberId && !(await getNumber(db, query.numberId)))
        badField('numberId', `No phone number with id "${query.numberId}"`);
      const calls = await listCalls(db, toListQuery(query));
      const last = calls.at(-1);
      const nextBefore = calls.length === query.limit && last ? last.startedAt : null;
      return c.json({ calls: calls.map(summary), nextBefore }, 200);
    })
    .openapi(getRoute, async (c) => {
      const { id } = c.req.valid('param');
      const call = (await getCall(db, id)) ?? notFound('call', id);
      // A finished call has its path in the result; a live one in its snapshot's context.
      const path = call.result?.path ?? call.snapshot?.context.path ?? [];
      const result = call.result as Record<string, unknown> | null;
      return c.json(
        {
          ...summary(call),
          step: call.step,
          path,
          result,
          events: await listCallEvents(db, id),
          autoReplyDecisions: await decisionsOfCall(db, id),
          voicemails: (await voicemailsOfCall(db, id)).map((v) => ({
            id: v.id,
            audioStatus: v.audioStatus,
            audioDeletedAt: v.audioDeletedAt,
            audioDeletedReason: v.audioDeletedReason,
            deletedAt: v.deletedAt,
          })),
        },
        200,
      );
    });
}
