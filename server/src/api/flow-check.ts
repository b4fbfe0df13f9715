import type { Finding, ValidationContext, ValidationResult } from '@ringflow/flow-runtime';
import { validateFlow } from '@ringflow/flow-runtime';
import { FLOW_SCHEMA_VERSION, type FlowDocument, type VoiceCatalogue } from '@ringflow/shared';
import { listGreetings } from '../db/greetings.js';
import { listMembers } from '../db/members.js';
import { listSchedules } from '../db/schedules.js';
import type { Connection } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { ApiError, type FieldError } from './errors.js';
import { inWorker } from './flow-work.js';

/** The ids that exist now, so a reference to a deleted member or schedule is an error. */
async function contextOf(db: Connection, voices?: VoiceCatalogue): Promise<ValidationContext> {
  return {
    scheduleIds: (await listSchedules(db)).map((s) => s.id),
    memberIds: (await listMembers(db)).map((m) => m.id),
    greetingIds: (await listGreetings(db)).map((g) => g.id),
    // Azure's voices when Azure Speech speaks the prompts; absent: Twilio's <Say> voices.
    ...(voices ? { voices } : {}),
  };
}

/** Validates against what exists now, so a reference to a deleted member or schedule is an error. */
export async function checkFlow(
  db: Connection,
  input: unknown,
  voices?: VoiceCatalogue,
): Promise<ValidationResult> {
  return validateFlow(input, await contextOf(db, voices));
}

/** Documents with more nodes than this are validated in a worker thread. */
export const CHECK_IN_WORKER_ABOVE = 200;

/**
 * `checkFlow`, off the event loop for a big document: validating 2,000 nodes
 * takes long enough to hold up webhooks.
 *
 * @example
 * const { findings } = await checkFlowOffLoop(deps, flow.draft, voices);
 */
export async function checkFlowOffLoop(
  deps: ServerDeps,
  input: unknown,
  voices?: VoiceCatalogue,
): Promise<ValidationResult> {
  const nodes = (input as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes) || nodes.length <= CHECK_IN_WORKER_ABOVE) {
    return await checkFlow(deps.db, input, voices);
  }
  const job = { document: input, context: await contextOf(deps.db, voices) };
  return inWorker(deps, 'validate', job, 'check');
}

/**
 * Reads a document a client sent as a draft: any lint finding is allowed (a
 * draft is work in progress), but it must be structurally a flow, or the
 * answer is a 400 naming each field under `document.`. A document without a
 * `name` keeps the flow's current one.
 *
 * @example
 * const { document, findings } = await readDraft(deps, body.document, flow.name);
 */
export async function readDraft(
  deps: ServerDeps,
  input: Record<string, unknown>,
  name: string,
  voices?: VoiceCatalogue,
): Promise<ValidationResult & { document: FlowDocument }> {
  const named = input.name === undefined ? { ...input, name } : input;
  const result = await checkFlowOffLoop(deps, named, voices);
  if (result.document) return { ...result, document: result.document };
  const fields = result.findings.map((f) => ({ path: fieldPath(input, f), message: f.message }));
  const first = fields[0]?.message ?? 'not a flow document';
  throw new ApiError(400, 'invalid_document', `The flow document cannot be read: ${first}`, fields);
}

/** Where a structural finding points, as a dotted path from the request body. */
function fieldPath(input: Record<string, unknown>, finding: Finding): FieldError['path'] {
  const path = finding.path ?? [];
  if (finding.code === 'invalid-node-data' && finding.nodeId !== undefined) {
    const nodes = Array.isArray(input.nodes) ? input.nodes : [];
    const index = nodes.findIndex((n) => (n as { id?: unknown } | null)?.id === finding.nodeId);
    if (index >= 0) return ['document', 'nodes', index, 'data', ...path].join('.');
  }
  return ['document', ...path].join('.');
}

/** A new flow's draft: just the entry, ready to be drawn on. */
export function emptyDocument(name: string): FlowDocument {
  return {
    schemaVersion: FLOW_SCHEMA_VERSION,
    name,
    description: '',
    nodes: [{ id: 'start', type: 'incoming-call', position: { x: 0, y: 0 }, data: {} }],
    edges: [],
  };
}

/** Only errors block publishing; warnings are shown but allowed. */
export function publishable(findings: Finding[]): boolean {
  return !findings.some((f) => f.severity === 'error');
}
