import { FLOW_SCHEMA_VERSION, type FlowDocument, isEntryKind } from '@ringflow/shared';
import type { DesignerEdge, DesignerNode, DocumentMeta } from './types.js';

/** The shape sent to the server; node data may still be invalid while the admin types. */
export interface DraftDocument {
  schemaVersion: typeof FLOW_SCHEMA_VERSION;
  name: string;
  description: string;
  nodes: { id: string; type: string; position: { x: number; y: number }; data: unknown }[];
  edges: { id: string; source: string; sourceHandle: string; target: string }[];
  viewport?: { x: number; y: number; zoom: number };
}

/**
 * The canvas's nodes and edges from a flow document. The entry node is not
 * deletable, so React Flow's own delete key leaves it (and its edges) alone.
 */
export function fromDocument(document: FlowDocument): {
  meta: DocumentMeta;
  nodes: DesignerNode[];
  edges: DesignerEdge[];
} {
  return {
    meta: {
      name: document.name,
      description: document.description,
      ...(document.viewport ? { viewport: document.viewport } : {}),
    },
    nodes: document.nodes.map((n) => ({
      id: n.id,
      type: n.type,
      position: { ...n.position },
      data: { ...(n.data as Record<string, unknown>) },
      ...(isEntryKind(n.type) ? { deletable: false } : {}),
    })),
    edges: document.edges.map((e) => ({
      id: e.id,
      source: e.source,
      sourceHandle: e.sourceHandle,
      target: e.target,
    })),
  };
}

/**
 * The flow document of what the canvas shows, without React Flow's own
 * fields (selection, measured size).
 *
 * @example
 * await api('PUT', `/flows/${id}/draft`, { document: toDocument(meta, nodes, edges) });
 */
export function toDocument(
  meta: DocumentMeta,
  nodes: readonly DesignerNode[],
  edges: readonly DesignerEdge[],
): DraftDocument {
  return {
    schemaVersion: FLOW_SCHEMA_VERSION,
    name: meta.name,
    description: meta.description,
    nodes: nodes.map((n) => ({
      id: n.id,
      type: n.type,
      position: { x: Math.round(n.position.x), y: Math.round(n.position.y) },
      data: n.data,
    })),
    edges: edges.map((e) => ({
      id: e.id,
      source: e.source,
      sourceHandle: e.sourceHandle ?? '',
      target: e.target,
    })),
    ...(meta.viewport ? { viewport: meta.viewport } : {}),
  };
}
