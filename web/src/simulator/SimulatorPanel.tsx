/**
 * @module
 * Simulate mode's panel, in place of the settings: set up a call, step it
 * with the machine compiled in the browser, and trace it on the canvas.
 * `@xstate/react` is not used: the run is plain React state, stepped with
 * flow-runtime's pure `startCall` / `stepCall`.
 */

import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { PhoneNumber, Revision, RevisionSummary } from '../api/types.js';
import { toDocument } from '../designer/document.js';
import { nodeView } from '../designer/node-view.js';
import { designerStore } from '../designer/store.js';
import { useDesigner } from '../designer/use-designer.js';
import { prepareRun } from './prepare-run.js';
import { ScenariosSection } from './ScenariosSection.js';
import { SimRunView } from './SimRunView.js';
import { SimSetupForm } from './SimSetupForm.js';
import { currentStep, pathOf, type SimSession } from './session.js';
import { useSimulator } from './sim-store.js';
import { chosenHandles, traceOf } from './trace.js';
import './simulator.css';

interface SimulatorPanelProps {
  flowId: string;
  /** Flushes the autosave, so the server's scenario runs see the draft on the canvas. */
  saveNow?(): Promise<unknown>;
}

export function SimulatorPanel({ flowId, saveNow }: SimulatorPanelProps) {
  const names = useDesigner((s) => s.names);
  const { setup, setSetup, run, setRun } = useSimulator(flowId);
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [numbers, setNumbers] = useState<PhoneNumber[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const path = `/flows/${encodeURIComponent(flowId)}/revisions`;
    api<{ revisions: RevisionSummary[] }>('GET', path)
      .then((r) => setRevisions(r.revisions))
      .catch(() => setRevisions([]));
    api<{ numbers: PhoneNumber[] }>('GET', '/numbers')
      .then((r) => setNumbers(r.numbers))
      .catch(() => setNumbers([]));
  }, [flowId]);

  // The canvas marks the call's way while it runs, and nothing once simulate mode closes.
  useEffect(() => {
    const { setTrace, edges } = designerStore.getState();
    if (!run) return setTrace(null);
    const { view } = currentStep(run.session);
    setTrace(traceOf(pathOf(run.session), view.nodeId, edges, chosenHandles(run.session)));
  }, [run]);
  useEffect(() => () => designerStore.getState().setTrace(null), []);

  const title = useCallback(
    (id: string) => {
      const node = run?.document.nodes.find((n) => n.id === id);
      return node ? nodeView(node.type, node.data as Record<string, unknown>, names).title : id;
    },
    [run, names],
  );

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const s = designerStore.getState();
      const flow =
        setup.source === 'draft'
          ? toDocument(s.meta, s.nodes, s.edges)
          : (await api<Revision>('GET', `/flows/${flowId}/revisions/${setup.source}`)).document;
      const number = numbers.find((n) => n.flowId === flowId);
      const next = prepareRun(flow, setup, {
        memberIds: s.members.map((m) => m.id),
        schedules: s.schedules,
        business: { number: number?.number ?? '', name: number?.businessName || s.meta.name },
      });
      setRun(() => next);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const onSession = (session: SimSession) => setRun((r) => (r ? { ...r, session } : r));

  return (
    <aside className="designer-settings simulator-panel" aria-label="Simulator">
      <header className="settings-header">
        <h2>Simulate a call</h2>
        {run && (
          <button type="button" className="ghost sim-new" onClick={() => setRun(() => null)}>
            New call
          </button>
        )}
      </header>
      {error && (
        <p className="sim-error" role="alert">
          {error}
        </p>
      )}
      {run ? (
        <SimRunView run={run} names={names} title={title} onSession={onSession} />
      ) : (
        <SimSetupForm
          setup={setup}
          revisions={revisions}
          busy={busy}
          onChange={setSetup}
          onStart={() => void start()}
        />
      )}
      <ScenariosSection flowId={flowId} run={run} beforeRun={saveNow} />
    </aside>
  );
}
