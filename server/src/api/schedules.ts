import { createRoute, z } from '@hono/zod-openapi';
import { describeOpenNow, nextChange, ScheduleSchema, scheduleStateAt } from '@ringflow/shared';
import { listNumbersUsing } from '../db/numbers.js';
import {
  createSchedule,
  deleteSchedule,
  getSchedule,
  listSchedules,
  replaceSchedule,
} from '../db/schedules.js';
import { transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { newId } from '../ids.js';
import { auditChange } from './audit-change.js';
import { conflict, errorResponses, notFound } from './errors.js';
import { flowsUsing } from './flows-using.js';
import { router } from './router.js';
import { ChosenIdSchema, IdParams, InstantSchema, json, jsonBody } from './schemas.js';

const { id: _id, ...scheduleFields } = ScheduleSchema.shape;
const ScheduleBodySchema = z.strictObject(scheduleFields);
const NewScheduleSchema = z.strictObject({ id: ChosenIdSchema.optional(), ...scheduleFields });

export const ScheduleRecordSchema = ScheduleSchema.extend({
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('Schedule');

const StatusSchema = z
  .object({
    at: z.string(),
    open: z.boolean(),
    reason: z.enum(['weekly', 'special', 'closure', 'outside-hours']),
    closureName: z.string().optional(),
    specialName: z.string().optional(),
    line: z.string().openapi({ example: 'Open now · closes today at 17:00' }),
    nextChange: z.object({ at: z.string(), open: z.boolean() }).nullable(),
  })
  .openapi('ScheduleStatus');

const tags = ['Schedules'];
const one = json(ScheduleRecordSchema, 'The schedule');
const listRoute = createRoute({
  method: 'get',
  path: '/schedules',
  tags,
  summary: 'List schedules',
  responses: {
    200: json(z.object({ schedules: z.array(ScheduleRecordSchema) }), 'Every schedule, by name'),
  },
});
const getRoute = createRoute({
  method: 'get',
  path: '/schedules/{id}',
  tags,
  summary: 'Get a schedule',
  request: { params: IdParams },
  responses: { 200: one, ...errorResponses(404) },
});
const createScheduleRoute = createRoute({
  method: 'post',
  path: '/schedules',
  tags,
  summary: 'Create a schedule (id generated unless given)',
  request: { body: jsonBody(NewScheduleSchema) },
  responses: { 201: one, ...errorResponses(400, 409) },
});
const putRoute = createRoute({
  method: 'put',
  path: '/schedules/{id}',
  tags,
  summary: 'Replace a schedule',
  request: { params: IdParams, body: jsonBody(ScheduleBodySchema) },
  responses: { 200: one, ...errorResponses(400, 404) },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/schedules/{id}',
  tags,
  summary: 'Delete a schedule no published flow or number uses',
  request: { params: IdParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(404, 409) },
});
const statusRoute = createRoute({
  method: 'get',
  path: '/schedules/{id}/status',
  tags,
  summary: 'Open or closed now (or at `at`), why, and the next change',
  request: { params: IdParams, query: z.object({ at: InstantSchema.optional() }) },
  responses: { 200: json(StatusSchema, 'The state at that instant'), ...errorResponses(400, 404) },
});

/** Schedules (business hours), shared by business-hours nodes, auto-replies and numbers. */
export function schedulesApi(deps: ServerDeps) {
  const { db, clock } = deps;
  const now = () => clock.now().toISOString();
  return router()
    .openapi(listRoute, async (c) => c.json({ schedules: await listSchedules(db) }, 200))
    .openapi(getRoute, async (c) => {
      const { id } = c.req.valid('param');
      return c.json((await getSchedule(db, id)) ?? notFound('schedule', id), 200);
    })
    .openapi(createScheduleRoute, async (c) => {
      const body = c.req.valid('json');
      const schedule = await transaction(db, async (tx) => {
        if (body.id && (await getSchedule(tx, body.id)))
          conflict(`A schedule with id "${body.id}" exists`);
        const created = await createSchedule(tx, { ...body, id: body.id ?? newId('sched') }, now());
        await auditChange({ ...deps, db: tx }, c, 'schedule.create', created.id, {
          name: created.name,
        });
        return created;
      });
      return c.json(schedule, 201);
    })
    .openapi(putRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const schedule = await transaction(db, async (tx) => {
        const replaced =
          (await replaceSchedule(tx, { ...body, id }, now())) ?? notFound('schedule', id);
        await auditChange({ ...deps, db: tx }, c, 'schedule.update', id, { name: replaced.name });
        return replaced;
      });
      return c.json(schedule, 200);
    })
    .openapi(deleteRoute, async (c) => {
      const { id } = c.req.valid('param');
      await transaction(db, async (tx) => {
        const schedule = (await getSchedule(tx, id)) ?? notFound('schedule', id);
        const users = [
          ...(await flowsUsing(tx, { scheduleId: id })),
          ...(await listNumbersUsing(tx, { scheduleId: id })).map((n) => `number ${n.number}`),
        ];
        if (users.length > 0)
          conflict(`"${schedule.name}" is used by ${users.join(', ')}; change them first`);
        await deleteSchedule(tx, id);
        await auditChange({ ...deps, db: tx }, c, 'schedule.delete', id, { name: schedule.name });
      });
      return c.body(null, 204);
    })
    .openapi(statusRoute, async (c) => {
      const { id } = c.req.valid('param');
      const schedule = (await getSchedule(db, id)) ?? notFound('schedule', id);
      const at = new Date(c.req.valid('query').at ?? now());
      const next = nextChange(schedule, at);
      return c.json(
        {
          at: at.toISOString(),
          ...scheduleStateAt(schedule, at),
          line: describeOpenNow(schedule, at),
          nextChange: next && { at: next.at.toISOString(), open: next.open },
        },
        200,
      );
    });
}
