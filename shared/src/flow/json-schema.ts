/**
 * @module
 * JSON Schemas for API users, generated from the zod schemas (which stay the
 * truth). The repository keeps them in `shared/schema/`; regenerate with
 * `pnpm --filter @ringflow/shared run schema`.
 */
import { z } from 'zod';
import { ScheduleSchema } from '../schedule/schema.js';
import { FLOW_SCHEMA_VERSION, FlowDocumentSchema } from './document.js';

export type JsonSchema = Record<string, unknown>;

export const FLOW_DOCUMENT_SCHEMA_ID = `https://ringflow.dev/schema/flow-document.v${FLOW_SCHEMA_VERSION}.json`;
export const SCHEDULE_SCHEMA_ID = 'https://ringflow.dev/schema/schedule.v1.json';

/**
 * The JSON Schema (draft 2020-12) of a flow document as an API client may
 * write it: fields that have a default may be left out.
 *
 * @example
 * writeFileSync('flow-document.schema.json', JSON.stringify(flowDocumentJsonSchema(), null, 2));
 */
export function flowDocumentJsonSchema(): JsonSchema {
  return withHeader(z.toJSONSchema(FlowDocumentSchema, { io: 'input' }), {
    $id: FLOW_DOCUMENT_SCHEMA_ID,
    title: 'Ringflow flow document',
    description:
      "A call flow in React Flow's shape: nodes (one per step of the call, `type` is the node kind) and edges from a node's outcome (`sourceHandle`) to the next node. An outcome with no edge hangs up.",
  });
}

/** The JSON Schema of a schedule (business hours), referenced by id from flows. */
export function scheduleJsonSchema(): JsonSchema {
  return withHeader(z.toJSONSchema(ScheduleSchema, { io: 'input' }), {
    $id: SCHEDULE_SCHEMA_ID,
    title: 'Ringflow schedule',
    description:
      'Business hours in an IANA time zone: weekly intervals (several a day, overnight when `to` is earlier than `from`), closures and special hours for a date.',
  });
}

/** Puts `$schema`, `$id`, `title` and `description` first, where readers look. */
function withHeader(
  schema: JsonSchema,
  header: { $id: string; title: string; description: string },
): JsonSchema {
  const { $schema, ...rest } = schema;
  return { $schema, ...header, ...rest };
}
