import { definitionOf, type FlowNode } from '@ringflow/shared';
import type { CallResult, TakenOutcome } from '../compile/types.js';
import type { FlowGraph } from '../graph.js';

const MAX_NAME = 120;

/**
 * What tells two generated calls apart: the outcomes they left each step by,
 * how they ended and the auto-reply steps they fired. Calls that differ only
 * in how they got there (busy or no answer, a wrong key before the right
 * one, the instant) share a key.
 */
export function routeKey(route: readonly TakenOutcome[], result: CallResult | null): string {
  return JSON.stringify([
    route.map((t) => `${t.nodeId}:${t.outcomeId}`),
    result?.outcome ?? null,
    result?.autoReplies ?? [],
  ]);
}

function labelOf(node: FlowNode): string {
  const label = (node.data as { label?: string }).label;
  return label || definitionOf(node.type).label.toLowerCase();
}

/** How the call ended, e.g. "voicemail, text sent"; empty when the last words already say it. */
function ending(result: CallResult, missedAs: string | undefined, lastAnswered: boolean): string {
  const end = {
    answered: lastAnswered ? '' : 'answered',
    voicemail: 'voicemail',
    missed: missedAs ?? 'missed',
    abandoned: 'caller hangs up',
    blocked: 'blocked',
    failed: 'the call fails',
  }[result.outcome];
  const count = result.autoReplies.length;
  const texts = count === 0 ? '' : count === 1 ? 'text sent' : `${count} texts sent`;
  return [end, texts].filter(Boolean).join(', ');
}

/**
 * A generated call named by what happens to the caller: the business-hours
 * branch, the choices and answers on the way, and the ending.
 *
 * @example
 * routeName(graph, route, result);
 * // 'After hours → pressed 1 (Leave a voicemail) → voicemail, text sent'
 */
export function routeName(
  graph: FlowGraph,
  route: readonly TakenOutcome[],
  result: CallResult,
): string {
  const prefix: string[] = [];
  const items: string[] = [];
  let afterChoice = false;
  let lastAnswered = false;
  let missedAs: string | undefined;
  for (const { nodeId, outcomeId } of route) {
    const node = graph.nodes.get(nodeId);
    if (!node) continue;
    const words = definitionOf(node.type).describeTaken(node.data, outcomeId, labelOf(node));
    missedAs = words.missedAs ?? missedAs;
    if (words.leads) {
      const branch = words.text ?? outcomeId;
      // A second step that sets the scene names itself.
      if (prefix.length === 0) prefix.push(branch);
      else {
        items.push(`${labelOf(node)}: ${branch.toLowerCase()}`);
        lastAnswered = false;
      }
      continue;
    }
    const text: string | undefined = words.repeatsChoice && afterChoice ? undefined : words.text;
    if (text) {
      items.push(text);
      lastAnswered = words.answered === true;
    }
    afterChoice = text !== undefined && words.namedChoice === true;
  }
  const end = ending(result, missedAs, lastAnswered);
  if (end) {
    if (lastAnswered && result.outcome === 'answered') {
      items[items.length - 1] = `${items.at(-1)}, ${end}`;
    } else items.push(end);
  }
  const name = [...prefix, ...items].join(' → ') || result.outcome;
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}
