import { validateFlow } from '@ringflow/flow-runtime';
import { useEffect, useRef } from 'react';
import { api } from '../api/client.js';
import { type DraftDocument, toDocument } from './document.js';
import { DraftSaver } from './draft-saver.js';
import { useLostChange } from './lost-change.js';
import { designerStore } from './store.js';

export interface Autosave {
  /** Saves now: the retry button, and before publishing. */
  saveNow(): Promise<void>;
  /** Drops unsaved changes, after the server replaced the draft (rollback). */
  discard(): void;
}

/** The draft as the canvas holds it, or why the server would refuse it (naming the field first). */
function currentDraft(): { document: DraftDocument } | { blocked: string } {
  const s = designerStore.getState();
  const document = toDocument(s.meta, s.nodes, s.edges);
  const checked = validateFlow(document);
  if (!checked.document) {
    const first = checked.findings[0]?.message ?? 'a field is not valid';
    return { blocked: `fix the marked fields first (${first})` };
  }
  return { document };
}

/** A left click, without a key that opens another tab or window, on a link that stays in this page. */
function isPlainLinkClick(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  return link !== null && (link.getAttribute('target') ?? '_self') === '_self';
}

/**
 * Saves the draft about 800 ms after the last change, one save at a time,
 * and warns before the page is left with changes not yet saved: by closing
 * or reloading it, or by a link in the app while a change cannot be saved.
 * What is left is sent on the way out; if the server does not take it, the
 * banner above every page says so.
 */
export function useAutosave(flowId: string): Autosave {
  const saver = useRef<DraftSaver<DraftDocument> | null>(null);
  useEffect(() => {
    // Once the designer is left, a failed save is reported to the banner above every page.
    let leaving: { flowName: string } | null = null;
    let sent: DraftDocument | undefined;
    const current = new DraftSaver<DraftDocument>({
      save: async (document) => {
        sent = document;
        await api('PUT', `/flows/${encodeURIComponent(flowId)}/draft`, { document });
      },
      current: currentDraft,
      onState: (state) => {
        if (!leaving) return designerStore.getState().setSave(state);
        if (state.status !== 'error') return;
        useLostChange.getState().report({
          flowId,
          flowName: leaving.flowName,
          reason: state.reason,
          document: state.retry ? sent : undefined,
        });
      },
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
    // A link inside the app unmounts the designer, which then sends what is
    // left; a change the server would refuse cannot be sent, so ask first.
    const onLinkClick = (event: MouseEvent) => {
      if (!current.unsaved || !isPlainLinkClick(event)) return;
      const draft = currentDraft();
      if (!('blocked' in draft)) return;
      if (window.confirm(`Your last change is not saved: ${draft.blocked}. Leave and lose it?`)) {
        current.discard();
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', onLinkClick, true);
    return () => {
      unsubscribe();
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', onLinkClick, true);
      // Leaving the designer inside the app: send what is left rather than lose it.
      if (current.unsaved) {
        leaving = { flowName: designerStore.getState().meta.name };
        void current.flush();
      }
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
