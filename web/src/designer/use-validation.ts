import { validateFlow } from '@ringflow/flow-runtime';
import { useEffect } from 'react';
import { toDocument } from './document.js';
import { designerStore } from './store.js';

const DELAY_MS = 150;

/** Checks the flow in the browser, as the server will, a moment after each change. */
export function useValidation(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      const s = designerStore.getState();
      const { findings } = validateFlow(toDocument(s.meta, s.nodes, s.edges), {
        memberIds: s.members.map((m) => m.id),
        scheduleIds: s.schedules.map((x) => x.id),
      });
      s.setFindings(findings);
    };
    run();
    const unsubscribe = designerStore.subscribe((s, previous) => {
      if (s.revision === previous.revision) return;
      clearTimeout(timer);
      timer = setTimeout(run, DELAY_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);
}
