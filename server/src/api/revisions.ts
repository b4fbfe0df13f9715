import { createRoute, z } from '@hono/zod-openapi';
import type { Finding } from '@ringflow/flow-runtime';
import type { FlowDocument, VoiceCatalogue } from '@ringflow/shared';
import { prettyJSON } from 'hono/pretty-json';
import { sharedMachines } from '../calls/machine-cache.js';
import {
  getFlow,
  getRevisionByNumber,
  listRevisions,
  publishRevision,
  saveDraft,
} from '../db/flows.js';
import { transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { enqueueFlowSynthesis } from '../speech/enqueue-synthesis.js';
import { loadSpeechCatalogue } from '../speech/voice-catalogue.js';
import { auditChange } from './audit-change.js';
import { ApiError, conflict, errorResponses, notFound } from './errors.js';
import { checkFlowOffLoop } from './flow-check.js';
import {
  PublishedSchema,
  PublishRefusedSchema,
  RevisionSchema,
  RevisionSummarySchema,
} from './flow-schemas.js';
import { router } from './router.js';
import { publishScenariosChecked } from './scenario-check.js';
import { ScenarioRefusedSchema } from './scenario-schemas.js';
import { IdParams, json, jsonBody } from './schemas.js';

const RevisionParams = IdParams.extend({
  number: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'number', in: 'path' }, example: 1 }),
});
const Message = z.string().trim().max(500);

const tags = ['Revisions'];
const refused = {
  description: 'Refused: the flow has errors',
  content: { 'application/json': { schema: PublishRefusedSchema } },
};
const created = json(
  PublishedSchema,
  'The new published revision, with the warnings it was published with',
);
const publishRoute = createRoute({
  method: 'post',
  path: '/flows/{id}/publish',
  tags,
  summary: 'Publish the draft as a new revision; new calls run it',
  request: {
    params: IdParams,
    body: {
      required: false,
      content: {
        'application/json': {
          schema: z.strictObject({
            message: Message.default(''),
            confirmFailingScenarios: z.boolean().optional().openapi({
              description:
                "Publish even though some of the flow's scenarios fail against the draft",
            }),
          }),
        },
      },
    },
  },
  responses: {
    201: created,
    409: {
      description:
        "Some of the flow's scenarios fail against the draft; send `confirmFailingScenarios: true` to publish anyway",
      content: { 'application/json': { schema: ScenarioRefusedSchema } },
    },
    422: refused,
    ...errorResponses(400, 404),
  },
});
const listRoute = createRoute({
  method: 'get',
  path: '/flows/{id}/revisions',
  tags,
  summary: 'Published revisions, newest first',
  request: { params: IdParams },
  responses: {
    200: json(z.object({ revisions: z.array(RevisionSummarySchema) }), 'The revisions'),
    ...errorResponses(404),
  },
});
const getRoute = createRoute({
  method: 'get',
  path: '/flows/{id}/revisions/{number}',
  tags,
  summary: 'One revision with its document, indented with a stable key order so two can be diffed',
  // Revisions are read to be compared: one key per line, always in the schema's order.
  middleware: [prettyJSON({ space: 2, force: true })],
  request: { params: RevisionParams },
  responses: { 200: json(RevisionSchema, 'The revision'), ...errorResponses(404) },
});
const rollbackRoute = createRoute({
  method: 'post',
  path: '/flows/{id}/rollback',
  tags,
  summary:
    "Publish an earlier revision's document again as a new revision, and reset the draft to it",
  request: {
    params: IdParams,
    body: jsonBody(
      z.strictObject({
        revision: z.number().int().min(1).openapi({ example: 1 }),
        message: Message.optional(),
      }),
    ),
  },
  responses: { 201: created, 422: refused, ...errorResponses(400, 404) },
});

/**
 * Refuses `document` when the validator finds errors in it with today's
 * members, schedules, greetings and voices; returns its warnings otherwise.
 */
async function publishChecked(
  deps: ServerDeps,
  document: FlowDocument,
  what: string,
  voices?: VoiceCatalogue,
): Promise<Finding[]> {
  const { findings } = await checkFlowOffLoop(deps, document, voices);
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) {
    throw new ApiError(
      422,
      'flow_has_errors',
      `${what} has ${errors} error${errors > 1 ? 's; fix them' : '; fix it'} and publish again`,
      undefined,
      { findings },
    );
  }
  return findings;
}

/**
 * Compiles the new revision's machine once the answer is on its way, so the
 * first call does not compile it inside its webhook (a 2,000-node flow takes
 * 100-700 ms). A machine holds functions, so it cannot be built in a worker.
 */
function warmMachine(revision: { id: string; document: FlowDocument }): void {
  setImmediate(() => {
    // A flow that cannot compile fails its calls as before; nothing to warm.
    sharedMachines.get(revision.id, () => revision.document).catch(() => undefined);
  });
}

/** Publishing, the revision history, and rolling back. Revisions are never changed, only added. */
export function revisionsApi(deps: ServerDeps) {
  const { db, clock } = deps;
  const now = () => clock.now().toISOString();
  return router()
    .openapi(publishRoute, async (c) => {
      const { id } = c.req.valid('param');
      // The body is optional, and a request without one skips validation (and so the default).
      const body = c.req.valid('json');
      const message = body.message ?? '';
      // Read before the (synchronous) transaction: prompts are checked against what Azure speaks.
      const voices = await loadSpeechCatalogue(deps.config, clock);
      // Checked before the (synchronous) transaction: a big draft is checked in a worker.
      const draft = ((await getFlow(db, id)) ?? notFound('flow', id)).draft;
      const findings = await publishChecked(deps, draft, 'The draft', voices);
      await publishScenariosChecked(deps, id, draft, body.confirmFailingScenarios === true);
      const revision = await transaction(db, async (tx) => {
        const flow = (await getFlow(tx, id)) ?? notFound('flow', id);
        if (JSON.stringify(flow.draft) !== JSON.stringify(draft)) {
          conflict('The draft changed while it was being checked; publish again');
        }
        const published = await publishRevision(
          tx,
          id,
          { document: flow.draft, message, authorId: c.get('caller').user.id },
          now(),
        );
        await enqueueFlowSynthesis({ ...deps, db: tx }, flow.draft);
        await auditChange({ ...deps, db: tx }, c, 'flow.publish', id, {
          revision: published.number,
          message,
        });
        return published;
      });
      warmMachine(revision);
      const { document: _document, ...summary } = revision;
      return c.json({ ...summary, findings }, 201);
    })
    .openapi(listRoute, async (c) => {
      const { id } = c.req.valid('param');
      if (!(await getFlow(db, id))) notFound('flow', id);
      return c.json({ revisions: await listRevisions(db, id) }, 200);
    })
    .openapi(getRoute, async (c) => {
      const { id, number } = c.req.valid('param');
      if (!(await getFlow(db, id))) notFound('flow', id);
      return c.json(
        (await getRevisionByNumber(db, id, number)) ?? notFound(`revision of flow ${id}`, number),
        200,
      );
    })
    .openapi(rollbackRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const voices = await loadSpeechCatalogue(deps.config, clock);
      if (!(await getFlow(db, id))) notFound('flow', id);
      // A revision never changes, so it can be checked (in a worker when big) before the transaction.
      const old =
        (await getRevisionByNumber(db, id, body.revision)) ??
        notFound(`revision of flow ${id}`, body.revision);
      const findings = await publishChecked(deps, old.document, `Revision ${old.number}`, voices);
      const revision = await transaction(db, async (tx) => {
        if (!(await getFlow(tx, id))) notFound('flow', id);
        const message = body.message || `Rolled back to revision ${old.number}`;
        const userId = c.get('caller').user.id;
        const published = await publishRevision(
          tx,
          id,
          { document: old.document, message, authorId: userId },
          now(),
        );
        await saveDraft(tx, id, { draft: old.document, userId }, now());
        await enqueueFlowSynthesis({ ...deps, db: tx }, old.document);
        await auditChange({ ...deps, db: tx }, c, 'flow.rollback', id, {
          to: old.number,
          revision: published.number,
        });
        return published;
      });
      warmMachine(revision);
      const { document: _document, ...summary } = revision;
      return c.json({ ...summary, findings }, 201);
    });
}
