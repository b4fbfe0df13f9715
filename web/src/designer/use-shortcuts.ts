import { useEffect } from 'react';
import { designerStore } from './store.js';

/** Keys typed into a field belong to the field, not to the canvas. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export interface ClipboardActions {
  /** The selection as clipboard text, or null when nothing is selected. */
  copy(): string | null;
  paste(text: string): void;
}

/**
 * Undo (Ctrl/Cmd+Z), redo (Ctrl/Cmd+Shift+Z, Ctrl+Y), Escape to clear the
 * selection, and copy/paste through the page's clipboard events, which need
 * no clipboard permission and carry the clip to another tab or flow. Delete
 * and Backspace are React Flow's own, but for an edge that has the focus.
 */
export function useShortcuts({ copy, paste }: ClipboardActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.defaultPrevented) return;
      const store = designerStore.getState();
      if (event.key === 'Escape') return store.select([]);
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const commands: Record<string, () => void> = {
        z: event.shiftKey ? store.redo : store.undo,
        y: store.redo,
      };
      const command = commands[event.key.toLowerCase()];
      if (!command) return;
      event.preventDefault();
      command();
    };
    const onCopy = (event: ClipboardEvent) => {
      if (isTyping(event.target) || hasTextSelection()) return;
      const text = copy();
      if (text === null || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target)) return;
      const text = event.clipboardData?.getData('text/plain');
      if (!text) return;
      event.preventDefault();
      paste(text);
    };
    window.addEventListener('keydown', onKey);
    // Before React Flow's own Delete, which would also take the selected steps with it.
    window.addEventListener('keydown', deleteFocusedEdge, true);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', deleteFocusedEdge, true);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [copy, paste]);
}

/**
 * Delete (or Backspace) on an edge reached with Tab removes that edge alone.
 * React Flow deletes the selection, which a focused edge is not part of
 * until Enter, and which may hold the step last edited: the key is kept from
 * it, so only what has the focus goes.
 */
function deleteFocusedEdge(event: KeyboardEvent): void {
  if (event.key !== 'Delete' && event.key !== 'Backspace') return;
  if (!(event.target instanceof Element)) return;
  const id = event.target.closest('.react-flow__edge')?.getAttribute('data-id');
  const store = designerStore.getState();
  const edge = id ? store.edges.find((e) => e.id === id) : undefined;
  if (!edge) return;
  event.preventDefault();
  event.stopPropagation();
  store.onEdgesChange([{ type: 'remove', id: edge.id }]);
}

/** Text the user selected on the page is theirs to copy. */
function hasTextSelection(): boolean {
  const selection = window.getSelection();
  return Boolean(selection && !selection.isCollapsed && selection.toString().trim());
}
