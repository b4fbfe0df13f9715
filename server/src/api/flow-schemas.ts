/**
 * @module
 * What the flow and revision routes answer, as OpenAPI components.
 */
import { z } from '@hono/zod-openapi';
import { FlowDocumentSchema } from '@ringflow/shared';

// `.openapi` exists only on schemas built after @hono/zod-openapi is loaded; shared's may
// predate it, so the route definitions document a clone.
export const FlowDocumentResponseSchema = FlowDocumentSchema.clone().openapi('FlowDocument', {
  description:
    'A flow document; see docs/flow-document.md and shared/schema/flow-document.schema.json',
});

/** A document as a client sends it: read by the validator, which names every field it cannot read. */
export const FlowDocumentInputSchema = z.record(z.string(), z.unknown()).openapi({
  description:
    'A flow document (schema FlowDocument; fields with defaults may be left out). Saved even with validator errors, but it must be readable as a flow: a 400 names the fields that are not.',
});

export const FindingSchema = z
  .object({
    code: z.string().openapi({ example: 'menu-duplicate-digit' }),
    severity: z.enum(['error', 'warning']),
    message: z.string(),
    nodeId: z.string().optional(),
    edgeId: z.string().optional(),
    path: z.array(z.union([z.string(), z.number()])).optional(),
  })
  .openapi('Finding');

const AuthorSchema = z.object({ id: z.string(), name: z.string() }).nullable();

export const RevisionSummarySchema = z
  .object({
    id: z.string(),
    flowId: z.string(),
    number: z.number().int(),
    message: z.string(),
    author: AuthorSchema,
    createdAt: z.string(),
  })
  .openapi('RevisionSummary');

export const PublishedSchema = RevisionSummarySchema.extend({
  findings: z.array(FindingSchema).openapi({
    description:
      'The warnings the document was published with (errors refuse publishing), e.g. `prompt-voices-unchecked` when Azure Speech did not answer',
  }),
}).openapi('PublishedRevision');

export const RevisionSchema = RevisionSummarySchema.extend({
  document: FlowDocumentResponseSchema,
}).openapi('Revision');

export const NumberRefSchema = z
  .object({ id: z.string(), number: z.string(), name: z.string() })
  .openapi('NumberRef');

export const FlowSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    draftUpdatedAt: z.string(),
    draftUpdatedBy: AuthorSchema,
    // A union, not `.nullable()`: that would register the named schema itself as nullable.
    published: z.union([RevisionSummarySchema, z.null()]),
    numbers: z.array(NumberRefSchema).openapi({
      description:
        'The phone numbers whose calls run this flow (its published revision), by number; empty when none does',
    }),
  })
  .openapi('FlowSummary');

export const FlowDetailSchema = FlowSummarySchema.extend({
  draft: FlowDocumentResponseSchema,
  findings: z.array(FindingSchema),
  ok: z
    .boolean()
    .openapi({ description: 'True when the draft has no errors and may be published' }),
  hasUnpublishedChanges: z.boolean(),
}).openapi('Flow');

export const PublishRefusedSchema = z
  .object({
    error: z.object({ code: z.string(), message: z.string() }),
    findings: z.array(FindingSchema),
  })
  .openapi('PublishRefused');
