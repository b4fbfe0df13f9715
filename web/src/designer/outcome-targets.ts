import { definitionOf, isNodeKind } from '@ringflow/shared';
import type { DesignerNode } from './types.js';

/** A step an outcome can lead to, as the "then go to" select lists it. */
export interface TargetChoice {
  id: string;
  label: string;
}

/**
 * The steps an outcome of `sourceId` can lead to: every other step but the
 * entry (nothing enters the incoming call), named the way the canvas names
 * them. Two steps with the same name get their ids, so the choice is never
 * ambiguous.
 *
 * @example
 * targetChoices(nodes, 'start');
 * // [{ id: 'ring-users-1', label: 'Ring users "Sales"' }, { id: 'voicemail-1', label: 'Voicemail' }]
 */
export function targetChoices(nodes: readonly DesignerNode[], sourceId: string): TargetChoice[] {
  const choices = nodes
    .filter((n) => n.id !== sourceId && isNodeKind(n.type) && definitionOf(n.type).max !== 1)
    .map((n) => ({ id: n.id, label: stepName(n) }));
  const seen = new Map<string, number>();
  for (const c of choices) seen.set(c.label, (seen.get(c.label) ?? 0) + 1);
  return choices
    .map((c) => ((seen.get(c.label) ?? 0) > 1 ? { ...c, label: `${c.label} (${c.id})` } : c))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** A step's kind, and its name in quotes when it has one: `Ring users "Sales"`. */
export function stepName(node: Pick<DesignerNode, 'type' | 'data'>): string {
  const kind = isNodeKind(node.type) ? definitionOf(node.type).label : node.type;
  const name = typeof node.data.label === 'string' ? node.data.label.trim() : '';
  return name ? `${kind} "${name}"` : kind;
}

/** The id of an outcome's select, so the canvas's handle can hand the keyboard over to it. */
export function outcomeSelectId(nodeId: string, outcome: string): string {
  return `goto-${nodeId}-${outcome}`;
}
