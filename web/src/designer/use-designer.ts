import { useStore } from 'zustand';
import { designerStore } from './store.js';
import type { DesignerStore } from './store-state.js';

/**
 * Reads one slice of the designer's state; the component re-renders only
 * when that slice changes.
 *
 * @example
 * const name = useDesigner((s) => s.meta.name);
 */
export function useDesigner<T>(selector: (state: DesignerStore) => T): T {
  return useStore(designerStore, selector);
}
