/**
 * @module
 * Undo and redo over whole document snapshots. Snapshots are cheap because
 * the canvas replaces what changes and shares the rest, and restoring one is
 * exact, which operation-based undo never quite is.
 */

/** Changes pushed with the same key closer together than this are one undo step. */
export const COALESCE_MS = 1000;

export interface HistoryOptions {
  /** How many undo steps are kept; the oldest are dropped. */
  limit?: number;
}

export interface PushOptions {
  /**
   * What was changed, e.g. `node:ring-1:data.ringSeconds`. Consecutive pushes
   * with the same key within {@link COALESCE_MS} merge into one step, so a
   * typing burst is undone at once.
   */
  key?: string;
  /** When the change happened, in ms (the caller's clock: `performance.now()`, a test's number). */
  at?: number;
}

export interface History<T> {
  /** The current snapshot. */
  readonly present: T;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Records `doc` as the new present; clears the redo steps. */
  push(doc: T, options?: PushOptions): void;
  /** Steps back; returns the snapshot to show, or undefined when there is nothing to undo. */
  undo(): T | undefined;
  /** Steps forward again; undefined when there is nothing to redo. */
  redo(): T | undefined;
  /** Forgets every step and starts again from `doc` (a flow loaded or rolled back). */
  reset(doc: T): void;
}

/**
 * Creates an undo/redo history starting at `initial`.
 *
 * @example
 * const history = createHistory(doc);
 * history.push(withLabel(doc, 'S'), { key: 'node:ring-1:label', at: 0 });
 * history.push(withLabel(doc, 'Sales'), { key: 'node:ring-1:label', at: 400 }); // merged
 * history.undo(); // back to `doc` in one step
 */
export function createHistory<T>(initial: T, { limit = 100 }: HistoryOptions = {}): History<T> {
  let past: T[] = [];
  let present = initial;
  let future: T[] = [];
  // The key and time of the last push, while it may still be merged into.
  let last: { key: string; at: number } | null = null;

  return {
    get present() {
      return present;
    },
    get canUndo() {
      return past.length > 0;
    },
    get canRedo() {
      return future.length > 0;
    },
    push(doc, { key, at } = {}) {
      if (doc === present) return;
      const merge =
        key !== undefined &&
        at !== undefined &&
        last !== null &&
        last.key === key &&
        at - last.at <= COALESCE_MS &&
        past.length > 0;
      if (!merge) {
        past.push(present);
        if (past.length > limit) past = past.slice(past.length - limit);
      }
      present = doc;
      future = [];
      // Measured from the previous keystroke, so a steady burst stays one step however long.
      last = key !== undefined && at !== undefined ? { key, at } : null;
    },
    undo() {
      const previous = past.pop();
      if (previous === undefined) return undefined;
      future.push(present);
      present = previous;
      last = null;
      return present;
    },
    redo() {
      const next = future.pop();
      if (next === undefined) return undefined;
      past.push(present);
      present = next;
      last = null;
      return present;
    },
    reset(doc) {
      past = [];
      future = [];
      present = doc;
      last = null;
    },
  };
}
