import { definitionOf, type FlowNode, isNodeKind } from '@ringflow/shared';

/**
 * Names a node the way the admin sees it on the canvas: its kind, the label
 * they gave it, and its id so two nodes with the same label can be told apart.
 *
 * @example
 * describeNode(menu) // 'Phone menu "Main menu" (menu-1)'
 */
export function describeNode(node: Pick<FlowNode, 'id' | 'type' | 'data'>): string {
  return describeRawNode(node.id, node.type, node.data.label);
}

/** The same for a node that did not parse: any part of it may be missing or wrong. */
export function describeRawNode(id: unknown, type: unknown, label: unknown): string {
  const kind = isNodeKind(type) ? definitionOf(type).label : 'Node';
  const given = typeof label === 'string' ? label.trim() : '';
  // "Incoming call "Incoming call"" says nothing twice; the kind alone is enough.
  const name = given && given !== kind ? ` "${given}"` : '';
  const ref = typeof id === 'string' && id ? ` (${id})` : '';
  return `${kind}${name}${ref}`;
}
