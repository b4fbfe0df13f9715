/**
 * @module
 * Copy and paste of part of a flow. A clip is plain JSON, so it can go
 * through the system clipboard and be pasted into another flow.
 */
import { type FlowEdge, type FlowNode, isEntryKind, isNodeKind } from '@ringflow/shared';
import type { FlowParts } from './flow-parts.js';
import { freshIds } from './fresh-ids.js';

/** Marks clipboard text as ours, so pasting random text is ignored. */
export const CLIP_FORMAT = 'ringflow/clip@1';

export interface Clip {
  format: typeof CLIP_FORMAT;
  nodes: FlowNode[];
  /** Only the edges whose both ends are in `nodes`. */
  edges: FlowEdge[];
}

export interface PasteResult<D extends FlowParts> {
  document: D;
  /** The new nodes, so the canvas can select them. */
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/**
 * The selected nodes and the edges between them, deep-copied. The
 * incoming call is never copied: a flow has exactly one.
 *
 * @example
 * const clip = copySelection(doc, ['ring-users-1', 'voicemail-1']);
 * navigator.clipboard.writeText(JSON.stringify(clip));
 */
export function copySelection(doc: FlowParts, selectedIds: Iterable<string>): Clip {
  const selected = new Set(selectedIds);
  const nodes = doc.nodes.filter((n) => selected.has(n.id) && !isEntryKind(n.type));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = doc.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  return structuredClone({ format: CLIP_FORMAT, nodes, edges });
}

/**
 * Adds a clip's nodes to `doc` with fresh ids (`${kind}-${n}`), fresh edge
 * ids, edges remapped to the new nodes and positions moved by `offset`.
 * The document passed in is not changed.
 *
 * @example
 * const { document, nodes } = pasteClip(doc, clip, { x: 30, y: 30 });
 * setDocument(document);
 * select(nodes.map((n) => n.id));
 */
export function pasteClip<D extends FlowParts>(
  doc: D,
  clip: Pick<Clip, 'nodes' | 'edges'>,
  offset: { x: number; y: number },
): PasteResult<D> {
  const nodeId = freshIds(doc.nodes.map((n) => n.id));
  const edgeId = freshIds(doc.edges.map((e) => e.id));
  const ids = new Map<string, string>();
  const nodes: FlowNode[] = [];
  for (const node of clip.nodes) {
    // A clip from older text may hold the entry or the same id twice; neither may land twice.
    if (isEntryKind(node.type) || ids.has(node.id)) continue;
    const id = nodeId(node.type);
    ids.set(node.id, id);
    const position = { x: node.position.x + offset.x, y: node.position.y + offset.y };
    nodes.push(structuredClone({ ...node, id, position }));
  }
  const edges: FlowEdge[] = [];
  for (const edge of clip.edges) {
    const source = ids.get(edge.source);
    const target = ids.get(edge.target);
    if (source === undefined || target === undefined) continue;
    edges.push({ id: edgeId('edge'), source, sourceHandle: edge.sourceHandle, target });
  }
  const document = { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] };
  return { document, nodes, edges };
}

/**
 * Reads a clip back from clipboard text; null when the text is not one.
 * Node data is checked by the validator once pasted, like any edit.
 *
 * @example
 * const clip = parseClip(await navigator.clipboard.readText());
 * if (clip) paste(clip);
 */
export function parseClip(text: string): Clip | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const clip = value as Partial<Clip>;
  if (clip.format !== CLIP_FORMAT || !Array.isArray(clip.nodes) || !Array.isArray(clip.edges)) {
    return null;
  }
  // Only what pasting itself reads is checked here; the rest is the validator's job.
  if (!clip.nodes.every(isPastableNode) || !clip.edges.every(isEdgeShape)) return null;
  return clip as Clip;
}

function isPastableNode(node: unknown): boolean {
  const n = node as { id?: unknown; type?: unknown; position?: { x?: unknown; y?: unknown } };
  return (
    typeof n === 'object' &&
    n !== null &&
    typeof n.id === 'string' &&
    isNodeKind(n.type) &&
    typeof n.position?.x === 'number' &&
    typeof n.position.y === 'number'
  );
}

function isEdgeShape(edge: unknown): boolean {
  const e = edge as Partial<Record<keyof FlowEdge, unknown>>;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.source === 'string' &&
    typeof e.target === 'string' &&
    typeof e.sourceHandle === 'string'
  );
}
