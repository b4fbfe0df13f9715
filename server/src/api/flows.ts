import { createRoute, z } from '@hono/zod-openapi';
import type { Finding } from '@ringflow/flow-runtime';
import type { VoiceCatalogue } from '@ringflow/shared';
import {
  createFlow,
  deleteFlow,
  type Flow,
  getFlow,
  getPublishedRevision,
  listFlows,
  saveDraft,
} from '../db/flows.js';
import { listNumbers, listNumbersUsing, type PhoneNumber } from '../db/numbers.js';
import { transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { speechCatalogue } from '../speech/voice-catalogue.js';
import { auditChange } from './audit-change.js';
import { conflict, errorResponses, notFound } from './errors.js';
import { checkFlowOffLoop, emptyDocument, publishable, readDraft } from './flow-check.js';
import { FlowDetailSchema, FlowDocumentInputSchema, FlowSummarySchema } from './flow-schemas.js';
import { router } from './router.js';
import { IdParams, json, jsonBody } from './schemas.js';

const tags = ['Flows'];

const numberRef = ({ id, number, name }: PhoneNumber) => ({ id, number, name });
const one = json(
  FlowDetailSchema,
  'The flow: its draft, what the validator says about it, and what is published',
);
const listRoute = createRoute({
  method: 'get',
  path: '/flows',
  tags,
  summary: 'List flows',
  responses: { 200: json(z.object({ flows: z.array(FlowSummarySchema) }), 'Every flow, by name') },
});
const getRoute = createRoute({
  method: 'get',
  path: '/flows/{id}',
  tags,
  summary: 'Get a flow with its draft and findings',
  request: { params: IdParams },
  responses: { 200: one, ...errorResponses(404) },
});
const createFlowRoute = createRoute({
  method: 'post',
  path: '/flows',
  tags,
  summary: 'Create a flow (an empty draft unless a document is given)',
  request: {
    body: jsonBody(
      z.strictObject({
        name: z.string().trim().min(1, 'Give a name').max(120).openapi({ example: 'Main line' }),
        document: FlowDocumentInputSchema.optional(),
      }),
    ),
  },
  responses: { 201: one, ...errorResponses(400) },
});
const draftRoute = createRoute({
  method: 'put',
  path: '/flows/{id}/draft',
  tags,
  summary: 'Save the draft (errors allowed; publishing checks them)',
  request: {
    params: IdParams,
    body: jsonBody(z.strictObject({ document: FlowDocumentInputSchema })),
  },
  responses: { 200: one, ...errorResponses(400, 404) },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/flows/{id}',
  tags,
  summary: 'Delete a flow no phone number uses',
  request: { params: IdParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(404, 409) },
});

/**
 * A flow as the API shows it: the draft re-checked against what exists now,
 * unless `checked` holds the findings of the draft just read.
 */
export async function flowDetail(
  deps: ServerDeps,
  flow: Flow,
  voices?: VoiceCatalogue,
  checked?: Finding[],
) {
  const { db } = deps;
  const findings = checked ?? (await checkFlowOffLoop(deps, flow.draft, voices)).findings;
  const published = flow.published && (await getPublishedRevision(db, flow.id));
  return {
    ...flow,
    numbers: (await listNumbersUsing(db, { flowId: flow.id })).map(numberRef),
    findings,
    ok: publishable(findings),
    hasUnpublishedChanges: JSON.stringify(published?.document) !== JSON.stringify(flow.draft),
  };
}

/** Flows and their drafts; publishing and revisions are in `revisions.ts`. */
export function flowsApi(deps: ServerDeps) {
  const { db, clock } = deps;
  const now = () => clock.now().toISOString();
  const voices = () => speechCatalogue(deps.config);
  return router()
    .openapi(listRoute, async (c) => {
      const byFlow = new Map<string, PhoneNumber[]>();
      for (const n of await listNumbers(db)) {
        if (n.flowId) byFlow.set(n.flowId, [...(byFlow.get(n.flowId) ?? []), n]);
      }
      const flows = (await listFlows(db)).map((f) => ({
        ...f,
        numbers: (byFlow.get(f.id) ?? []).map(numberRef),
      }));
      return c.json({ flows }, 200);
    })
    .openapi(getRoute, async (c) => {
      const { id } = c.req.valid('param');
      const flow = (await getFlow(db, id)) ?? notFound('flow', id);
      return c.json(await flowDetail(deps, flow, voices()), 200);
    })
    .openapi(createFlowRoute, async (c) => {
      const { name, document } = c.req.valid('json');
      const read = document ? await readDraft(deps, { ...document, name }, name, voices()) : null;
      const draft = read?.document ?? emptyDocument(name);
      const flow = await transaction(db, async (tx) => {
        const created = await createFlow(tx, { draft, userId: c.get('caller').user.id }, now());
        await auditChange({ ...deps, db: tx }, c, 'flow.create', created.id, { name });
        return created;
      });
      return c.json(await flowDetail(deps, flow, voices(), read?.findings), 201);
    })
    .openapi(draftRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { document } = c.req.valid('json');
      // Checked before the (synchronous) transaction: a big document is checked in a worker.
      const before = (await getFlow(db, id)) ?? notFound('flow', id);
      const { document: draft, findings } = await readDraft(deps, document, before.name, voices());
      const flow = await transaction(db, async (tx) => {
        (await getFlow(tx, id)) ?? notFound('flow', id);
        await saveDraft(tx, id, { draft, userId: c.get('caller').user.id }, now());
        await auditChange({ ...deps, db: tx }, c, 'flow.save-draft', id, {
          errors: findings.filter((f) => f.severity === 'error').length,
        });
        return (await getFlow(tx, id)) ?? notFound('flow', id);
      });
      return c.json(await flowDetail(deps, flow, voices(), findings), 200);
    })
    .openapi(deleteRoute, async (c) => {
      const { id } = c.req.valid('param');
      await transaction(db, async (tx) => {
        const flow = (await getFlow(tx, id)) ?? notFound('flow', id);
        const numbers = (await listNumbersUsing(tx, { flowId: id })).map((n) => n.number);
        if (numbers.length > 0)
          conflict(
            `"${flow.name}" answers ${numbers.join(', ')}; point them at another flow first`,
          );
        await deleteFlow(tx, id, now());
        await auditChange({ ...deps, db: tx }, c, 'flow.delete', id, { name: flow.name });
      });
      return c.body(null, 204);
    });
}
