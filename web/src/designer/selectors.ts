/**
 * @module
 * The designer store's slices that several components read, named once so
 * they read the same thing the same way: `useDesigner(selectErrorCount)`.
 */
import type { DesignerStore } from './store-state.js';

export const selectNodes = (s: DesignerStore) => s.nodes;
export const selectEdges = (s: DesignerStore) => s.edges;
/** Each node's display name by id, as findings and outcome lists show it. */
export const selectNames = (s: DesignerStore) => s.names;
export const selectMeta = (s: DesignerStore) => s.meta;
export const selectFlowName = (s: DesignerStore) => s.meta.name;
export const selectSchedules = (s: DesignerStore) => s.schedules;
export const selectGreetings = (s: DesignerStore) => s.greetings;
/** The number this flow is published on, if any. */
export const selectPublishedNumber = (s: DesignerStore) => s.publishedNumber;
export const selectLiveOn = (s: DesignerStore) => s.liveOn;

/**
 * How many findings stop the flow from being published.
 *
 * @example
 * const errors = useDesigner(selectErrorCount); // 0 when the flow can go live
 */
export const selectErrorCount = (s: DesignerStore) =>
  s.findings.filter((f) => f.severity === 'error').length;
