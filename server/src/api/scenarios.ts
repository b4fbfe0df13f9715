import { createRoute, z } from '@hono/zod-openapi';
import { type CallEvent, toScenarioEvent } from '@ringflow/flow-runtime';
import { type Scenario, type ScenarioEvent, ScenarioEventSchema } from '@ringflow/shared';
import { schedulesOf } from '../calls/call-state.js';
import { getCall, listCallEvents } from '../db/calls.js';
import { getFlow, getRevisionByNumber } from '../db/flows.js';
import { createScenario, deleteScenario, listScenarios, replaceScenario } from '../db/scenarios.js';
import { type Connection, transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { auditChange } from './audit-change.js';
import { errorResponses, notFound } from './errors.js';
import { inWorker } from './flow-work.js';
import { router } from './router.js';
import {
  GeneratedScenariosSchema,
  GenerateInputSchema,
  RunTargetSchema,
  ScenarioInputSchema,
  ScenarioResultSchema,
} from './scenario-schemas.js';
import { IdParams, json, jsonBody } from './schemas.js';

const tags = ['Scenarios'];
const ScenarioParams = IdParams.extend({
  scenarioId: z
    .string()
    .min(1)
    .max(128)
    .openapi({ param: { name: 'scenarioId', in: 'path' }, example: 'scn_x' }),
});
const list = json(z.object({ scenarios: z.array(ScenarioInputSchema) }), 'The scenarios');
const one = json(ScenarioInputSchema, 'The scenario, with its id');

const listRoute = createRoute({
  method: 'get',
  path: '/flows/{id}/scenarios',
  tags,
  summary: "The flow's saved scenarios, oldest first",
  request: { params: IdParams },
  responses: { 200: list, ...errorResponses(404) },
});
const createScenarioRoute = createRoute({
  method: 'post',
  path: '/flows/{id}/scenarios',
  tags,
  summary: 'Save a scenario on the flow',
  request: { params: IdParams, body: jsonBody(ScenarioInputSchema) },
  responses: { 201: one, ...errorResponses(400, 404) },
});
const replaceRoute = createRoute({
  method: 'put',
  path: '/flows/{id}/scenarios/{scenarioId}',
  tags,
  summary: 'Replace a scenario',
  request: { params: ScenarioParams, body: jsonBody(ScenarioInputSchema) },
  responses: { 200: one, ...errorResponses(400, 404) },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/flows/{id}/scenarios/{scenarioId}',
  tags,
  summary: 'Delete a scenario',
  request: { params: ScenarioParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(404) },
});
const runRoute = createRoute({
  method: 'post',
  path: '/flows/{id}/scenarios/run',
  tags,
  summary: "Run every scenario of the flow against its draft or a revision, with today's schedules",
  description: 'Runs in a worker thread with a time limit (503 `flow_too_large` past it).',
  request: { params: IdParams, body: jsonBody(RunTargetSchema) },
  responses: {
    200: json(z.object({ results: z.array(ScenarioResultSchema) }), 'One result per scenario'),
    ...errorResponses(400, 404, 503),
  },
});
const generateRoute = createRoute({
  method: 'post',
  path: '/flows/{id}/scenarios/generate',
  tags,
  summary: 'Scenarios for every path through the draft at the given instants (not saved)',
  description:
    'At most 200 scenarios, found within a work budget; past it `truncated` is true and `message` says "Too many paths: showing the first N." Runs in a worker thread with a time limit (503 `flow_too_large` past it).',
  request: { params: IdParams, body: jsonBody(GenerateInputSchema) },
  responses: {
    200: json(GeneratedScenariosSchema, 'The scenarios, and whether the budget cut them short'),
    ...errorResponses(400, 404, 503),
  },
});
const replayRoute = createRoute({
  method: 'get',
  path: '/calls/{id}/scenario',
  tags,
  summary: 'A real call as a scenario: its caller, start, events and what it did',
  request: { params: IdParams },
  responses: { 200: one, ...errorResponses(404) },
});

const HOUR = 3_600_000;

/** Now, in twelve hours, and the next Saturday at noon (UTC): usually open, closed, weekend. */
export function defaultInstants(now: Date): string[] {
  const saturday = new Date(now);
  saturday.setUTCHours(12, 0, 0, 0);
  const days = (6 - saturday.getUTCDay() + 7) % 7;
  saturday.setUTCDate(saturday.getUTCDate() + days);
  if (saturday <= now) saturday.setUTCDate(saturday.getUTCDate() + 7);
  return [now, new Date(now.getTime() + 12 * HOUR), saturday].map((d) => d.toISOString());
}

/** The normalised events of a stored call, timed from its start, as a scenario replays them. */
function replayEvents(startedAt: string, rows: { kind: string; at: string; data: unknown }[]) {
  let previous = Date.parse(startedAt);
  const events: ScenarioEvent[] = [];
  for (const row of rows) {
    if (row.kind !== 'event') continue;
    const parsed = ScenarioEventSchema.safeParse(toScenarioEvent(row.data as CallEvent));
    if (!parsed.success) continue;
    const at = Date.parse(row.at);
    const afterSeconds = Math.max(0, (at - previous) / 1000);
    previous = Math.max(previous, at);
    events.push(afterSeconds > 0 ? { ...parsed.data, afterSeconds } : parsed.data);
  }
  return events;
}

/** Scenarios saved on flows: CRUD, running them, generating them, and replaying real calls. */
export function scenariosApi(deps: ServerDeps) {
  const { db, clock } = deps;
  const now = () => clock.now().toISOString();
  /** Inside a transaction, pass it as `on`: another pool connection would wait beside it (PostgreSQL). */
  const flowOf = async (id: string, on: Connection = db) =>
    (await getFlow(on, id)) ?? notFound('flow', id);
  return router()
    .openapi(listRoute, async (c) => {
      const { id } = c.req.valid('param');
      await flowOf(id);
      return c.json({ scenarios: await listScenarios(db, id) }, 200);
    })
    .openapi(createScenarioRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const scenario = await transaction(db, async (tx) => {
        await flowOf(id, tx);
        const created = await createScenario(tx, id, body, now());
        await auditChange({ ...deps, db: tx }, c, 'scenario.create', id, {
          scenarioId: created.id,
          name: body.name,
        });
        return created;
      });
      return c.json(scenario, 201);
    })
    .openapi(replaceRoute, async (c) => {
      const { id, scenarioId } = c.req.valid('param');
      const body = c.req.valid('json');
      const scenario = await transaction(db, async (tx) => {
        await flowOf(id, tx);
        const replaced =
          (await replaceScenario(tx, id, scenarioId, body, now())) ??
          notFound(`scenario of flow ${id}`, scenarioId);
        await auditChange({ ...deps, db: tx }, c, 'scenario.update', id, {
          scenarioId,
          name: body.name,
        });
        return replaced;
      });
      return c.json(scenario, 200);
    })
    .openapi(deleteRoute, async (c) => {
      const { id, scenarioId } = c.req.valid('param');
      await transaction(db, async (tx) => {
        await flowOf(id, tx);
        if (!(await deleteScenario(tx, id, scenarioId)))
          notFound(`scenario of flow ${id}`, scenarioId);
        await auditChange({ ...deps, db: tx }, c, 'scenario.delete', id, { scenarioId });
      });
      return c.body(null, 204);
    })
    .openapi(runRoute, async (c) => {
      const { id } = c.req.valid('param');
      const target = c.req.valid('json');
      const flow = await flowOf(id);
      const document =
        target.target === 'draft'
          ? flow.draft
          : (
              (await getRevisionByNumber(db, id, target.revision)) ??
              notFound(`revision of flow ${id}`, target.revision)
            ).document;
      const job = {
        document,
        scenarios: await listScenarios(db, id),
        schedules: await schedulesOf(db, document),
      };
      const results = await inWorker(deps, 'run', job, 'run its scenarios');
      return c.json({ results }, 200);
    })
    .openapi(generateRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const flow = await flowOf(id);
      const input = {
        from: body.from ?? '+14155550100',
        to: body.to ?? '',
        instants: (body.instants ?? defaultInstants(clock.now())).map((i) =>
          new Date(i).toISOString(),
        ),
      };
      const job = { flow: flow.draft, input, schedules: await schedulesOf(db, flow.draft) };
      const generated = await inWorker(deps, 'generate', job, 'generate scenarios for');
      return c.json(generated, 200);
    })
    .openapi(replayRoute, async (c) => {
      const { id } = c.req.valid('param');
      const call = (await getCall(db, id)) ?? notFound('call', id);
      const path = call.result?.path ?? call.snapshot?.context.path ?? [];
      const scenario: Scenario = {
        name: `Call from ${call.from} at ${call.startedAt}`,
        from: call.from,
        to: call.to,
        at: call.startedAt,
        events: replayEvents(call.startedAt, await listCallEvents(db, id)),
        expect: {
          path: [...path],
          outcome: call.result?.outcome ?? null,
          autoReplies: [...(call.result?.autoReplies ?? [])],
        },
      };
      return c.json(scenario, 200);
    });
}
