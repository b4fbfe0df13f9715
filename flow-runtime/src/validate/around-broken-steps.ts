import { definitionOf, type FlowDocument, FlowDocumentSchema, isNodeKind } from '@ringflow/shared';
import { buildGraph } from '../graph.js';
import { toRuleContext, type ValidationContext } from './context.js';
import type { Finding } from './finding.js';
import type { SchemaIssue } from './issue-message.js';
import { entryIds } from './reachable.js';
import { RULES } from './rules/index.js';

/**
 * A step whose settings do not parse must not hide what is wrong elsewhere
 * (a step no call reaches, an outcome left unconnected). When every problem
 * the schema found is inside steps' settings, each such step is stood in for
 * by its kind's defaults, keeping every field that parses on its own, and
 * the flow is linted. What that says about the stand-ins is dropped (their
 * own findings already say what to fix), and so is "cannot be reached" for a
 * step the drawn connections do reach: a stand-in may lack an outcome the
 * real step has.
 *
 * @example
 * findingsAroundBrokenSteps(migrated, parsed.error.issues, context); // [] when nothing else is wrong
 */
export function findingsAroundBrokenSteps(
  migrated: Record<string, unknown>,
  issues: readonly SchemaIssue[],
  context?: ValidationContext,
): Finding[] {
  const nodes: unknown[] = Array.isArray(migrated.nodes) ? migrated.nodes : [];
  const broken = new Set<number>();
  for (const { path } of issues) {
    const [list, index, part] = path;
    if (list !== 'nodes' || typeof index !== 'number' || part !== 'data') return [];
    broken.add(index);
  }
  const repaired = nodes.map((node, i) => (broken.has(i) ? standIn(node) : node));
  const parsed = FlowDocumentSchema.safeParse({ ...migrated, nodes: repaired });
  if (!parsed.success) return [];
  const document = parsed.data as FlowDocument;
  const graph = buildGraph(document);
  const brokenIds = new Set([...broken].map((i) => document.nodes[i]?.id));
  const drawn = reachableByDrawnEdges(document, entryIds(graph));
  const ruleContext = toRuleContext(context);
  return RULES.flatMap((rule) => rule(document, graph, ruleContext)).filter((f) => {
    if (f.nodeId !== undefined && brokenIds.has(f.nodeId)) return false;
    const edge = f.edgeId === undefined ? undefined : document.edges.find((e) => e.id === f.edgeId);
    if (edge && brokenIds.has(edge.source)) return false;
    return !(f.code === 'unreachable-node' && f.nodeId !== undefined && drawn.has(f.nodeId));
  });
}

/** The step with its kind's defaults in place of every setting that does not parse. */
function standIn(node: unknown): unknown {
  const raw = (node ?? {}) as { type?: unknown; data?: unknown };
  if (!isNodeKind(raw.type)) return node;
  const definition = definitionOf(raw.type);
  const shape = (
    definition.schema as { shape?: Record<string, { safeParse(v: unknown): { success: boolean } }> }
  ).shape;
  const data: Record<string, unknown> = { ...(definition.defaults() as Record<string, unknown>) };
  const given = typeof raw.data === 'object' && raw.data !== null ? raw.data : {};
  for (const [key, value] of Object.entries(given)) {
    if (shape?.[key]?.safeParse(value).success) data[key] = value;
  }
  return { ...raw, data };
}

/** Steps a connection leads to from an entry, whatever outcome it leaves from. */
function reachableByDrawnEdges(document: FlowDocument, starts: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    for (const edge of document.edges) if (edge.source === id) queue.push(edge.target);
  }
  return seen;
}
