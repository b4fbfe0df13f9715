import { definitionOf, type FlowNode } from '@ringflow/shared';
import { cyclePath, cyclicComponents } from '../cycles.js';
import { describeNode } from '../describe-node.js';
import type { Finding } from '../finding.js';
import { entryIds, reachableFrom } from '../reachable.js';
import type { Rule } from './rule.js';

/**
 * A loop reachable from the entry that never waits for the caller repeats on
 * its own until the runtime's limit ends the call. Kept simple enough to
 * explain in one sentence: a loop with a node that asks the caller (a phone
 * menu) is fine; one that dials but never asks is a warning; any other is an
 * error (play-message -> play-message, business-hours <-> play-message).
 */
export const loopsRule: Rule = (doc, graph) => {
  const entries = entryIds(graph);
  const reached = reachableFrom(graph, entries);
  // An edge back into the entry is reported by `edge-into-entry`; it is not a loop of its own.
  const successors = (id: string) =>
    [...(graph.next.get(id)?.values() ?? [])].filter((t) => !entries.includes(t));
  const order = new Map(doc.nodes.map((n, i) => [n.id, i] as const));
  const findings: Finding[] = [];
  for (const component of cyclicComponents(reached, successors)) {
    const nodes = component
      .map((id) => graph.nodes.get(id))
      .filter((n): n is FlowNode => n !== undefined)
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    const first = nodes[0];
    if (!first || nodes.some((n) => definitionOf(n.type).waitsForCaller)) continue;
    const path = cyclePath(first.id, new Set(component), successors)
      .map((id) => graph.nodes.get(id))
      .filter((n): n is FlowNode => n !== undefined)
      .map(describeNode)
      .join(' -> ');
    // A loop that dials gives a person the chance to pick up each time round.
    const dials = nodes.some((n) => definitionOf(n.type).dials === true);
    findings.push(
      dials
        ? {
            code: 'loop-without-input',
            severity: 'warning',
            nodeId: first.id,
            message: `Loop ${path} rings again and again without asking the caller anything; it repeats until the runtime's safety limit ends the call. Add a phone menu to the loop or let it end`,
          }
        : {
            code: 'endless-loop',
            severity: 'error',
            nodeId: first.id,
            message: `Loop ${path} repeats forever without waiting for the caller or ringing anyone; break the loop or put a phone menu in it`,
          },
    );
  }
  return findings;
};
