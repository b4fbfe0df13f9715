import { validateFlow } from '@ringflow/flow-runtime';
import { useEffect, useRef } from 'react';
import { api } from '../api/client.js';
import { type DraftDocument, toDocument } from './document.js';
import { DraftSaver } from './draft-saver.js';
import { designerStore } from './store.js';

export interface Autosave {
  /** Saves now: the retry button, and before publishing. */
  saveNow(): Promise<void>;
  /** Drops unsaved changes, after the server replaced the draft (rollback). */
  discard(): void;
}

/**
 * Saves the draft about 800 ms after the last change, one save at a time,
 * and warns before the page is left with changes not yet saved.
 */
export function useAutosave(flowId: string): Autosave {
  const saver = useRef<DraftSaver<DraftDocument> | null>(null);
  useEffect(() => {
    const current = new DraftSaver<DraftDocument>({
      save: async (document) => {
        await api('PUT', `/flows/${encodeURIComponent(flowId)}/draft`, { document });
      },
      current: () => {
        const s = designerStore.getState();
        const document = toDocument(s.meta, s.nodes, s.edges);
        // The server refuses a document that is not readable as a flow; say which field first.
        const checked = validateFlow(document);
        if (!checked.document) {
          const first = checked.findings[0]?.message ?? 'a field is not valid';
          return { blocked: `fix the marked fields first (${first})` };
        }
        return { document };
      },
      onState: (state) => designerStore.getState().setSave(state),
    });
    saver.current = current;
    const unsubscribe = designerStore.subscribe((s, previous) => {
      if (s.revision !== previous.revision) current.changed();
    });
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!current.unsaved) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      unsubscribe();
      window.removeEventListener('beforeunload', beforeUnload);
      // Leaving the designer inside the app: send what is left rather than lose it.
      if (current.unsaved) void current.flush();
      current.dispose();
    };
  }, [flowId]);
  return {
    saveNow: async () => {
      await saver.current?.flush();
    },
    discard: () => saver.current?.discard(),
  };
}
