import { createRoute, z } from '@hono/zod-openapi';
import { PhoneInputSchema } from '@ringflow/shared';
import { getFlow } from '../db/flows.js';
import {
  createNumber,
  deleteNumber,
  findNumberByE164,
  getNumber,
  listNumbers,
  type PhoneNumber,
  type PhoneNumberInput,
  updateNumber,
} from '../db/numbers.js';
import { getSchedule } from '../db/schedules.js';
import { type Connection, transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { auditChange } from './audit-change.js';
import { badField, conflict, errorResponses, notFound } from './errors.js';
import { numberSetup, numberSetupRoute } from './number-setup.js';
import { router } from './router.js';
import { IdParams, json, jsonBody } from './schemas.js';

export const PhoneNumberRecordSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    name: z.string(),
    flowId: z.string().nullable(),
    scheduleId: z.string().nullable(),
    businessName: z.string(),
    deleteProviderRecordings: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('PhoneNumber');

const fields = {
  // A clone: shared's schema may predate @hono/zod-openapi and lack `.openapi`.
  number: PhoneInputSchema.clone().openapi({ example: '+14155550100' }),
  name: z.string().trim().min(1, 'Give a name').max(120).openapi({ example: 'Main line' }),
  flowId: z.string().max(128).nullable().openapi({
    description:
      'The flow that answers: one with a published revision (400 naming `flowId` otherwise); null for none',
  }),
  scheduleId: z
    .string()
    .max(128)
    .nullable()
    .openapi({ description: 'Business hours for its texts' }),
  businessName: z
    .string()
    .trim()
    .max(120)
    .openapi({ description: 'Used as {{business.name}} in texts' }),
  deleteProviderRecordings: z.boolean().openapi({
    description:
      'Delete each voicemail recording at the provider once Ringflow has stored its copy (default false)',
  }),
};
const NewNumberSchema = z.strictObject({
  ...fields,
  flowId: fields.flowId.default(null),
  scheduleId: fields.scheduleId.default(null),
  businessName: fields.businessName.default(''),
  deleteProviderRecordings: fields.deleteProviderRecordings.default(false),
});
const NumberPatchSchema = z.strictObject(fields).partial();

const tags = ['Phone numbers'];
const one = json(PhoneNumberRecordSchema, 'The phone number');
const listRoute = createRoute({
  method: 'get',
  path: '/numbers',
  tags,
  summary: 'List phone numbers',
  responses: { 200: json(z.object({ numbers: z.array(PhoneNumberRecordSchema) }), 'Every number') },
});
const getRoute = createRoute({
  method: 'get',
  path: '/numbers/{id}',
  tags,
  summary: 'Get a phone number',
  request: { params: IdParams },
  responses: { 200: one, ...errorResponses(404) },
});
const createNumberRoute = createRoute({
  method: 'post',
  path: '/numbers',
  tags,
  summary: 'Add a phone number and choose the flow that answers it (a published one)',
  request: { body: jsonBody(NewNumberSchema) },
  responses: { 201: one, ...errorResponses(400, 409) },
});
const patchRoute = createRoute({
  method: 'patch',
  path: '/numbers/{id}',
  tags,
  summary: 'Change a phone number (e.g. point it at another flow)',
  request: { params: IdParams, body: jsonBody(NumberPatchSchema) },
  responses: { 200: one, ...errorResponses(400, 404, 409) },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/numbers/{id}',
  tags,
  summary: 'Remove a phone number from Ringflow',
  request: { params: IdParams },
  responses: { 204: { description: 'Removed' }, ...errorResponses(404) },
});

/**
 * The references a number makes must exist, and its E.164 must be unique. A
 * number may point only at a flow with a published revision: a draft cannot
 * answer, so callers would hear an apology. `current` is the number before a
 * change; keeping the flow it already has is not checked again.
 */
async function checkNumber(
  db: Connection,
  input: Partial<PhoneNumberInput>,
  current?: PhoneNumber,
): Promise<void> {
  if (input.flowId && input.flowId !== current?.flowId) {
    const flow = await getFlow(db, input.flowId);
    if (!flow) badField('flowId', `No flow with id "${input.flowId}"`);
    if (!flow.published)
      badField(
        'flowId',
        `"${flow.name}" is not published yet: publish it in the designer first, so it can answer calls`,
      );
  }
  if (input.scheduleId && !(await getSchedule(db, input.scheduleId))) {
    badField('scheduleId', `No schedule with id "${input.scheduleId}"`);
  }
  const other = input.number ? await findNumberByE164(db, input.number) : undefined;
  if (other && other.id !== current?.id)
    conflict(`${input.number} is already in Ringflow ("${other.name}")`);
}

/** Phone numbers: which flow answers each one. */
export function numbersApi(deps: ServerDeps) {
  const { db, clock } = deps;
  return router()
    .openapi(listRoute, async (c) => c.json({ numbers: await listNumbers(db) }, 200))
    .openapi(getRoute, async (c) => {
      const { id } = c.req.valid('param');
      return c.json((await getNumber(db, id)) ?? notFound('phone number', id), 200);
    })
    .openapi(numberSetupRoute, async (c) => {
      const { id } = c.req.valid('param');
      const number = (await getNumber(db, id)) ?? notFound('phone number', id);
      return c.json(await numberSetup(db, number, deps.config.publicBaseUrl), 200);
    })
    .openapi(createNumberRoute, async (c) => {
      const body = c.req.valid('json');
      const number = await transaction(db, async (tx) => {
        await checkNumber(tx, body);
        const created = await createNumber(tx, body, clock.now().toISOString());
        await auditChange({ ...deps, db: tx }, c, 'number.create', created.id, body);
        return created;
      });
      return c.json(number, 201);
    })
    .openapi(patchRoute, async (c) => {
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const number = await transaction(db, async (tx) => {
        await checkNumber(tx, patch, (await getNumber(tx, id)) ?? notFound('phone number', id));
        const updated = (await updateNumber(tx, id, patch)) ?? notFound('phone number', id);
        await auditChange({ ...deps, db: tx }, c, 'number.update', id, patch);
        return updated;
      });
      return c.json(number, 200);
    })
    .openapi(deleteRoute, async (c) => {
      const { id } = c.req.valid('param');
      await transaction(db, async (tx) => {
        const number = (await getNumber(tx, id)) ?? notFound('phone number', id);
        await deleteNumber(tx, id);
        await auditChange({ ...deps, db: tx }, c, 'number.delete', id, { number: number.number });
      });
      return c.body(null, 204);
    });
}
