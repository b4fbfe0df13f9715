/** How bad a finding is: errors block publishing, warnings do not. */
export type Severity = 'error' | 'warning';

/**
 * One thing the validator has to say about a flow, addressed to a person and
 * pointing at the node (and field) concerned so the canvas can mark it.
 */
export interface Finding {
  /** Stable, machine-readable identifier, e.g. `menu-duplicate-digit`. */
  code: string;
  severity: Severity;
  message: string;
  nodeId?: string;
  edgeId?: string;
  /** Path of the field inside the node's `data` (or inside the document when no node applies). */
  path?: (string | number)[];
}
