import { validateFlow } from '@ringflow/flow-runtime';
import type { VoiceCatalogue } from '@ringflow/shared';
import { useEffect } from 'react';
import { speechCatalogue } from '../greetings/use-speech.js';
import { toDocument } from './document.js';
import { onlyMoved } from './moves.js';
import { designerStore } from './store.js';

const DELAY_MS = 150;

/** Checks the flow in the browser, as the server will, a moment after each change other than a move. */
export function useValidation(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Twilio's voices until the server says Azure speaks, as the server checks on publish.
    let voices: VoiceCatalogue | undefined;
    let live = true;
    const run = () => {
      const s = designerStore.getState();
      const { findings } = validateFlow(toDocument(s.meta, s.nodes, s.edges), {
        memberIds: s.members.map((m) => m.id),
        scheduleIds: s.schedules.map((x) => x.id),
        voices,
      });
      s.setFindings(findings);
    };
    run();
    // Never rejects: a list that cannot be read comes back as a catalogue that says why.
    void speechCatalogue().then((catalogue) => {
      voices = catalogue;
      if (live && catalogue) run();
    });
    const unsubscribe = designerStore.subscribe((s, previous) => {
      if (s.revision === previous.revision || onlyMoved(s, previous)) return;
      clearTimeout(timer);
      timer = setTimeout(run, DELAY_MS);
    });
    return () => {
      live = false;
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);
}
