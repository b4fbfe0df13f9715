import type { DesignerState } from '../designer/store-state.js';

/**
 * What a call on the draft depends on, as a string: the steps, their
 * settings and the connections, not where they sit on the canvas. Two keys
 * differ exactly when a call could go differently.
 *
 * @example
 * draftKey(designerStore.getState()) === run.draftKey; // false once a step's settings changed
 */
export function draftKey(state: Pick<DesignerState, 'nodes' | 'edges'>): string {
  return JSON.stringify([
    state.nodes.map((n) => [n.id, n.type, n.data]),
    state.edges.map((e) => [e.source, e.sourceHandle ?? null, e.target]),
  ]);
}
