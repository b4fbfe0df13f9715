import type { FinalConnectionState } from '@xyflow/react';
import { designerStore } from './store.js';

/**
 * React Flow connects only when the pointer is released near a handle. A
 * person aims at the node, so a drag from an outcome released anywhere over
 * another node connects to that node too.
 */
export function connectOnDrop(event: MouseEvent | TouchEvent, state: FinalConnectionState): void {
  if (state.isValid || !state.fromNode || state.fromHandle?.type !== 'source') return;
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return;
  const target = document
    .elementFromPoint(point.clientX, point.clientY)
    ?.closest('.react-flow__node')
    ?.getAttribute('data-id');
  if (!target || target === state.fromNode.id) return;
  designerStore
    .getState()
    .connect({ source: state.fromNode.id, sourceHandle: state.fromHandle.id ?? null, target });
}
