import type { Finding } from './finding.js';

/**
 * Errors first, then in the order of the nodes in the document, so a list
 * reads top to bottom like the flow. Findings about the whole document come
 * before those about a node; ties keep the order the rules produced.
 */
export function sortFindings(findings: readonly Finding[], nodeIds: readonly unknown[]): Finding[] {
  const order = new Map<unknown, number>();
  nodeIds.forEach((id, i) => {
    if (!order.has(id)) order.set(id, i);
  });
  const rank = (f: Finding) =>
    f.nodeId === undefined ? -1 : (order.get(f.nodeId) ?? nodeIds.length);
  const severity = (f: Finding) => (f.severity === 'error' ? 0 : 1);
  return [...findings].sort((a, b) => severity(a) - severity(b) || rank(a) - rank(b));
}
