import type { FlowDocument } from '@ringflow/shared';

/**
 * The parts of a flow the canvas edits: React Flow's own nodes and edges.
 * Functions take this rather than a whole document so the canvas store can
 * pass `{ nodes, edges }` directly.
 */
export type FlowParts = Pick<FlowDocument, 'nodes' | 'edges'>;
