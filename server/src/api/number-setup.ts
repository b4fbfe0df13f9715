/**
 * @module
 * What answers a phone number and how to connect it: the flow, the revision
 * new calls run, and the webhook addresses to paste into Twilio, built from
 * the server's public address (`PUBLIC_BASE_URL`).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { getFlow, getPublishedRevision } from '../db/flows.js';
import type { PhoneNumber } from '../db/numbers.js';
import type { Connection } from '../db/sql/connection.js';
import { errorResponses } from './errors.js';
import { IdParams, json } from './schemas.js';

/** Where `app.ts` mounts Twilio's webhooks, and the routes it answers there. */
const TWILIO = '/webhooks/twilio';

export const NumberSetupSchema = z
  .object({
    flow: z
      .object({
        id: z.string(),
        name: z.string(),
        publishedRevision: z
          .object({
            id: z.string(),
            number: z.number().int(),
            message: z.string(),
            createdAt: z.string(),
            author: z.object({ id: z.string(), name: z.string() }).nullable(),
          })
          .nullable()
          .openapi({ description: 'The revision new calls run; null when never published' }),
      })
      .nullable()
      .openapi({ description: 'The flow the number points at; null for none' }),
    answering: z.boolean().openapi({
      description: 'True when calls run a flow; false when callers hear an apology',
    }),
    webhooks: z.object({
      voiceUrl: z
        .string()
        .openapi({ example: 'https://ringflow.example.com/webhooks/twilio/voice' }),
      statusCallbackUrl: z
        .string()
        .openapi({ example: 'https://ringflow.example.com/webhooks/twilio/status' }),
      messagingUrl: z
        .string()
        .openapi({ example: 'https://ringflow.example.com/webhooks/twilio/sms' }),
    }),
  })
  .openapi('NumberSetup');

export const numberSetupRoute = createRoute({
  method: 'get',
  path: '/numbers/{id}/setup',
  tags: ['Phone numbers'],
  summary: 'The flow and revision that answer a number, and the webhook addresses for Twilio',
  request: { params: IdParams },
  responses: { 200: json(NumberSetupSchema, "The number's setup"), ...errorResponses(404) },
});

/**
 * @example
 * numberSetup(db, number, 'https://ringflow.example.com');
 * // { flow: { id, name: 'Main', publishedRevision: { number: 3, ... } }, answering: true,
 * //   webhooks: { voiceUrl: 'https://ringflow.example.com/webhooks/twilio/voice', ... } }
 */
export async function numberSetup(
  db: Connection,
  number: PhoneNumber,
  publicBaseUrl: string,
): Promise<z.infer<typeof NumberSetupSchema>> {
  const flow = number.flowId ? await getFlow(db, number.flowId) : undefined;
  const revision = flow && (await getPublishedRevision(db, flow.id));
  return {
    flow: flow
      ? {
          id: flow.id,
          name: flow.name,
          publishedRevision: revision
            ? {
                id: revision.id,
                number: revision.number,
                message: revision.message,
                createdAt: revision.createdAt,
                author: revision.author,
              }
            : null,
        }
      : null,
    answering: Boolean(revision),
    webhooks: {
      voiceUrl: `${publicBaseUrl}${TWILIO}/voice`,
      statusCallbackUrl: `${publicBaseUrl}${TWILIO}/status`,
      messagingUrl: `${publicBaseUrl}${TWILIO}/sms`,
    },
  };
}
