import { definitionOf, type FlowNode, isNodeKind } from '@ringflow/shared';

/**
 * Names a step the way the admin sees it on the canvas: its kind and the
 * label they gave it. Its id means nothing to them (a finding carries it as
 * `nodeId`, so the designer can point at the step).
 *
 * @example
 * describeNode(menu) // 'Phone menu "Main menu"'
 */
export function describeNode(node: Pick<FlowNode, 'id' | 'type' | 'data'>): string {
  return describeRawNode(node.id, node.type, node.data.label);
}

/** The same for a node that did not parse: any part of it may be missing or wrong. */
export function describeRawNode(id: unknown, type: unknown, label: unknown): string {
  const known = isNodeKind(type);
  const kind = known ? definitionOf(type).label : 'Step';
  const given = typeof label === 'string' ? label.trim() : '';
  // "Incoming call "Incoming call"" says nothing twice; the kind alone is enough.
  const name = given && given !== kind ? ` "${given}"` : '';
  // A step of no known kind is not drawn as the admin knows it: its id is all that names it.
  const ref = !known && typeof id === 'string' && id ? ` (${id})` : '';
  return `${kind}${name}${ref}`;
}
