import { createRoute, z } from '@hono/zod-openapi';
import type { FlowDocument, VoiceCatalogue } from '@ringflow/shared';
import { prettyJSON } from 'hono/pretty-json';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/database.js';
import {
  getFlow,
  getRevisionByNumber,
  listRevisions,
  publishRevision,
  saveDraft,
} from '../db/flows.js';
import type { ServerDeps } from '../deps.js';
import { enqueueFlowSynthesis } from '../speech/enqueue-synthesis.js';
import { speechCatalogue } from '../speech/voice-catalogue.js';
import { auditChange } from './audit-change.js';
import { ApiError, errorResponses, notFound } from './errors.js';
import { checkFlow } from './flow-check.js';
import { PublishRefusedSchema, RevisionSchema, RevisionSummarySchema } from './flow-schemas.js';
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
const created = json(RevisionSummarySchema, 'The new published revision');
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

/** Publishes `document` unless the validator finds errors in it with today's members, schedules and greetings. */
function publishChecked(
  db: Db,
  document: FlowDocument,
  what: string,
  voices?: VoiceCatalogue,
): void {
  const { findings } = checkFlow(db, document, voices);
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
}

/** Publishing, the revision history, and rolling back. Revisions are never changed, only added. */
export function revisionsApi(deps: ServerDeps) {
  const { db, clock } = deps;
  const now = () => clock.now().toISOString();
  return router()
    .openapi(publishRoute, (c) => {
      const { id } = c.req.valid('param');
      // The body is optional, and a request without one skips validation (and so the default).
      const body = c.req.valid('json');
      const message = body.message ?? '';
      const revision = inTransaction(db, () => {
        const flow = getFlow(db, id) ?? notFound('flow', id);
        publishChecked(db, flow.draft, 'The draft', speechCatalogue(deps.config));
        publishScenariosChecked(db, id, flow.draft, body.confirmFailingScenarios === true);
        const published = publishRevision(
          db,
          id,
          { document: flow.draft, message, authorId: c.get('caller').user.id },
          now(),
        );
        enqueueFlowSynthesis(deps, flow.draft);
        auditChange(deps, c, 'flow.publish', id, { revision: published.number, message });
        return published;
      });
      const { document: _document, ...summary } = revision;
      return c.json(summary, 201);
    })
    .openapi(listRoute, (c) => {
      const { id } = c.req.valid('param');
      if (!getFlow(db, id)) notFound('flow', id);
      return c.json({ revisions: listRevisions(db, id) }, 200);
    })
    .openapi(getRoute, (c) => {
      const { id, number } = c.req.valid('param');
      if (!getFlow(db, id)) notFound('flow', id);
      return c.json(
        getRevisionByNumber(db, id, number) ?? notFound(`revision of flow ${id}`, number),
        200,
      );
    })
    .openapi(rollbackRoute, (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const revision = inTransaction(db, () => {
        if (!getFlow(db, id)) notFound('flow', id);
        const old =
          getRevisionByNumber(db, id, body.revision) ??
          notFound(`revision of flow ${id}`, body.revision);
        publishChecked(db, old.document, `Revision ${old.number}`, speechCatalogue(deps.config));
        const message = body.message || `Rolled back to revision ${old.number}`;
        const userId = c.get('caller').user.id;
        const published = publishRevision(
          db,
          id,
          { document: old.document, message, authorId: userId },
          now(),
        );
        saveDraft(db, id, { draft: old.document, userId }, now());
        enqueueFlowSynthesis(deps, old.document);
        auditChange(deps, c, 'flow.rollback', id, { to: old.number, revision: published.number });
        return published;
      });
      const { document: _document, ...summary } = revision;
      return c.json(summary, 201);
    });
}
