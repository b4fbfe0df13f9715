import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { SimRun } from './prepare-run.js';
import { defaultSetup, type SimSetup } from './setup.js';

/**
 * The simulator's setup and call, kept while the panel closes and opens
 * again (to edit a step, say) so the tester does not start over. Per flow:
 * opening another flow starts afresh.
 */
interface SimState {
  flowId: string | null;
  setup: SimSetup;
  run: SimRun | null;
}

export const simStore = createStore<SimState>()(() => ({
  flowId: null,
  setup: defaultSetup(),
  run: null,
}));

/** The simulator's state for `flowId`, reset when the designer shows another flow. */
export function useSimulator(flowId: string) {
  const state = useStore(simStore);
  const current = state.flowId === flowId ? state : null;
  return {
    setup: current?.setup ?? state.setup,
    run: current?.run ?? null,
    setSetup: (setup: SimSetup) => simStore.setState({ flowId, setup, run: current?.run ?? null }),
    setRun: (update: (run: SimRun | null) => SimRun | null) =>
      simStore.setState((s) => ({
        flowId,
        setup: s.setup,
        run: update(s.flowId === flowId ? s.run : null),
      })),
  };
}
