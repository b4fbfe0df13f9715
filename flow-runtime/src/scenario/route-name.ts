import { definitionOf, type FlowNode } from '@ringflow/shared';
import type { CallResult, TakenOutcome } from '../compile/types.js';
import type { FlowGraph } from '../graph.js';

const MAX_NAME = 120;

const HOURS: Record<string, string> = {
  open: 'In hours',
  closed: 'After hours',
  holiday: 'Holiday',
};

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

/** A menu's or voicemail's key in words: "pressed 1 (Sales)". */
function pressed(node: FlowNode, digit: string): string {
  const keys =
    (node.data as { options?: { digit: string; label?: string }[] }).options ??
    (node.data as { keys?: { digit: string; label?: string }[] }).keys ??
    [];
  const label = keys.find((k) => k.digit === digit)?.label;
  return `pressed ${digit}${label ? ` (${label})` : ''}`;
}

/** The rule a step that routes by the caller took, by its outcome's label: "VIP: 2 numbers". */
function callerBranch(node: FlowNode, outcomeId: string): string | null {
  const definition = definitionOf(node.type);
  if (!definition.callers) return null;
  const outcome = definition.outcomes(node.data).find((o) => o.id === outcomeId);
  return outcome ? `caller: ${outcome.label}` : null;
}

/** One taken outcome in words, or null when the name has no need of it. */
function item(node: FlowNode, outcomeId: string, afterChoice: boolean): string | null {
  switch (node.type) {
    case 'ring-users':
    case 'forward-call':
      return outcomeId === 'answered'
        ? `answered by ${labelOf(node)}`
        : `no answer from ${labelOf(node)}`;
    case 'phone-menu':
      return outcomeId === 'no-input' ? 'no key pressed' : pressed(node, outcomeId);
    case 'voicemail':
      return outcomeId.startsWith('key-')
        ? `${pressed(node, outcomeId.slice(4))} during the greeting`
        : null;
    // A message right after a named choice is what the choice named.
    case 'play-message':
      return afterChoice ? null : labelOf(node);
    default:
      return callerBranch(node, outcomeId);
  }
}

/** How the call ended, e.g. "voicemail, text sent". */
function ending(
  result: CallResult,
  route: readonly TakenOutcome[],
  last: string | undefined,
): string {
  const noMessage = route.some((t) => t.outcomeId === 'no-message');
  const end = {
    answered: last?.startsWith('answered by') ? '' : 'answered',
    voicemail: 'voicemail',
    missed: noMessage ? 'voicemail, no message' : 'missed',
    abandoned: 'caller hangs up',
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
  for (const { nodeId, outcomeId } of route) {
    const node = graph.nodes.get(nodeId);
    if (!node) continue;
    if (node.type === 'business-hours') {
      const branch = HOURS[outcomeId] ?? outcomeId;
      // A second business-hours step names itself.
      if (prefix.length === 0) prefix.push(branch);
      else items.push(`${labelOf(node)}: ${branch.toLowerCase()}`);
      continue;
    }
    const words = item(node, outcomeId, afterChoice);
    if (words) items.push(words);
    afterChoice = words?.startsWith('pressed') === true && words.includes('(');
  }
  const end = ending(result, route, items.at(-1));
  if (end) {
    const last = items.at(-1);
    if (last?.startsWith('answered by') && result.outcome === 'answered') {
      items[items.length - 1] = `${last}, ${end}`;
    } else items.push(end);
  }
  const name = [...prefix, ...items].join(' → ') || result.outcome;
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}
