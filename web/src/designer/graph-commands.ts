import type { FlowDocument } from '@ringflow/shared';
import { fromDocument, toDocument } from './document.js';
import { copySelection, parseClip, pasteClip } from './lib/clipboard.js';
import type { FlowParts } from './lib/flow-parts.js';
import { exportFile } from './lib/import-export.js';
import { autoLayout, nodeSize } from './lib/layout.js';
import type { DesignerStore } from './store-state.js';
import type { DesignerNode } from './types.js';

/** The canvas's nodes and edges as the pure helpers read them (data unchecked until validated). */
function partsOf(s: DesignerStore): FlowParts {
  return toDocument(s.meta, s.nodes, s.edges) as unknown as FlowParts;
}

/** The selected nodes (and the edges between them) as clipboard text, or null with nothing selected. */
export function copyText(s: DesignerStore): string | null {
  const ids = s.nodes.filter((n) => n.selected).map((n) => n.id);
  if (ids.length === 0) return null;
  const clip = copySelection(partsOf(s), ids);
  return clip.nodes.length ? JSON.stringify(clip) : null;
}

/**
 * Pastes clipboard text if it is a clip, offset so the copies do not hide
 * the originals, and selects the new nodes. Returns whether it pasted.
 */
export function pasteText(s: DesignerStore, text: string, offset: number): boolean {
  const clip = parseClip(text);
  if (!clip || clip.nodes.length === 0) return false;
  const pasted = pasteClip(partsOf(s), clip, { x: offset, y: offset });
  const added = fromDocument({
    ...pasted.document,
    nodes: pasted.nodes,
    edges: pasted.edges,
  } as FlowDocument);
  const nodes: DesignerNode[] = [
    ...s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)),
    ...added.nodes.map((n) => ({ ...n, selected: true })),
  ];
  s.replaceGraph(nodes, [...s.edges, ...added.edges]);
  return true;
}

/** Arranges the flow left to right (dagre), keeping everything but the positions. */
export function layOut(s: DesignerStore): void {
  const measured = new Map(s.nodes.map((n) => [n.id, n.measured] as const));
  const laidOut = autoLayout(partsOf(s), (node) => {
    const size = measured.get(node.id);
    return size?.width && size.height ? { width: size.width, height: size.height } : nodeSize(node);
  });
  const positions = new Map(laidOut.nodes.map((n) => [n.id, n.position]));
  s.replaceGraph(
    s.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })),
    s.edges,
  );
}

/** Replaces the canvas with an imported document, as one undoable step; the flow keeps its name. */
export function importDocument(s: DesignerStore, document: FlowDocument): void {
  const { meta, nodes, edges } = fromDocument(document);
  s.replaceGraph(nodes, edges, { description: meta.description });
}

/** The flow as a file to download. */
export function exportDocument(s: DesignerStore): { filename: string; text: string } {
  return exportFile(toDocument(s.meta, s.nodes, s.edges) as unknown as FlowDocument);
}
