import {
  type FlowDocument,
  FlowDocumentSchema,
  MigrationError,
  migrateFlowDocument,
} from '@ringflow/shared';
import { buildGraph } from '../graph.js';
import { findingsAroundBrokenSteps } from './around-broken-steps.js';
import { toRuleContext, type ValidationContext } from './context.js';
import type { Finding } from './finding.js';
import { RULES } from './rules/index.js';
import { sortFindings } from './sort-findings.js';
import { structuralFindings } from './structural-findings.js';

export interface ValidationResult {
  /** The parsed, migrated, defaulted document, or null when it is not structurally a flow. */
  document: FlowDocument | null;
  /** Errors first, then in node order. */
  findings: Finding[];
  /** True when no finding is an error: the flow may be published. */
  ok: boolean;
}

/**
 * Checks a flow document in three steps: migrate it to the current version,
 * parse it with the schema (every structural problem, of every node), then
 * lint what it means (entry, connections, loops, references, texts): the
 * whole flow if it parsed, or around the steps whose settings did not (see
 * around-broken-steps.ts). Never throws, whatever `input` is.
 *
 * @example
 * const { ok, findings, document } = validateFlow(JSON.parse(text), {
 *   scheduleIds: ['weekdays-9-17'],
 *   memberIds: ['alice', 'bob'],
 * });
 * if (!ok) for (const f of findings) console.log(f.severity, f.nodeId, f.message);
 */
export function validateFlow(input: unknown, context?: ValidationContext): ValidationResult {
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateFlowDocument(input);
  } catch (error) {
    if (!(error instanceof MigrationError)) throw error;
    const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
    const finding: Finding = {
      code: 'invalid-document',
      severity: 'error',
      message: `Flow document: ${error.message}`,
      path: isObject ? ['schemaVersion'] : [],
    };
    return { document: null, findings: [finding], ok: false };
  }

  const parsed = FlowDocumentSchema.safeParse(migrated);
  if (!parsed.success) {
    const nodes = Array.isArray(migrated.nodes) ? migrated.nodes : [];
    const ids = nodes.map((n: unknown) => (n as { id?: unknown } | null)?.id);
    const findings = sortFindings(
      [
        ...structuralFindings(migrated, parsed.error.issues),
        ...findingsAroundBrokenSteps(migrated, parsed.error.issues, context),
      ],
      ids,
    );
    return { document: null, findings, ok: false };
  }

  // The schema's output types `data` per kind only loosely; FlowDocument ties it to `type`.
  const document = parsed.data as FlowDocument;
  const graph = buildGraph(document);
  const ruleContext = toRuleContext(context);
  const findings = sortFindings(
    RULES.flatMap((rule) => rule(document, graph, ruleContext)),
    document.nodes.map((n) => n.id),
  );
  return { document, findings, ok: !findings.some((f) => f.severity === 'error') };
}
