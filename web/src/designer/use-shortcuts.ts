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
 * and Backspace are React Flow's own.
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
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [copy, paste]);
}

/** Text the user selected on the page is theirs to copy. */
function hasTextSelection(): boolean {
  const selection = window.getSelection();
  return Boolean(selection && !selection.isCollapsed && selection.toString().trim());
}
