/**
 * @module
 * Simulate mode's panel, in place of the settings: set up a call, step it
 * with the machine compiled in the browser, and trace it on the canvas; or
 * replay a real call from the call log against the draft. The run lives in
 * the page's simulator actor (sim-machine.ts).
 */

import type { Scenario } from '@ringflow/shared';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { api } from '../api/client.js';
import type { ApiReply, Revision } from '../api/types.js';
import { toDocument } from '../designer/document.js';
import { nodeView } from '../designer/node-view.js';
import { selectNames } from '../designer/selectors.js';
import { designerStore } from '../designer/store.js';
import { useDesigner } from '../designer/use-designer.js';
import { ErrorBox } from '../ui/status.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { useResource } from '../ui/use-resource.js';
import { draftKey } from './draft-key.js';
import { flowZone } from './flow-zone.js';
import { numberAutoReplies } from './number-auto-replies.js';
import { prepareRun } from './prepare-run.js';
import { replayRun } from './replay.js';
import { ScenariosSection } from './ScenariosSection.js';
import { SimRunView } from './SimRunView.js';
import { SimSetupForm } from './SimSetupForm.js';
import { currentStep, pathOf } from './session.js';
import { NO_HISTORY } from './setup.js';
import { takenOf, traceOf } from './trace.js';
import { useSimulator } from './use-simulator.js';
import { localFields } from './zoned-time.js';
import './simulator.css';

interface SimulatorPanelProps {
  flowId: string;
  /** Flushes the autosave, so the server's scenario runs see the draft on the canvas. */
  saveNow?(): Promise<unknown>;
  /** A call from the call log to replay against the draft as the panel opens. */
  replayCallId?: string | null;
}

export function SimulatorPanel({ flowId, saveNow, replayCallId }: SimulatorPanelProps) {
  const names = useDesigner(selectNames);
  // Read once as the panel opens: the zone a new call's time is typed in.
  const zone = useMemo(() => {
    const s = designerStore.getState();
    return flowZone(s.nodes, s.schedules);
  }, []);
  const { setup, run, send } = useSimulator(flowId, zone.timeZone);
  const revisions = useResource(`flow-revisions:${flowId}`, () =>
    api<ApiReply<'/flows/{id}/revisions', 'get'>>(
      'GET',
      `/flows/${encodeURIComponent(flowId)}/revisions`,
    ).then((r) => r.revisions),
  );
  const numbers = useResource('numbers', () =>
    api<ApiReply<'/numbers', 'get'>>('GET', '/numbers').then((r) => r.numbers),
  );
  // Start and a replay from the call log share the busy flag and the error line.
  const work = useRef(async () => {});
  const starting = useFormSubmit({ send: () => work.current(), shows: () => false });
  const attempt = (next: () => Promise<void>) => {
    work.current = next;
    void starting.submit();
  };

  // The canvas marks the call's way while it runs, and nothing once simulate mode closes.
  useEffect(() => {
    const { setTrace, edges } = designerStore.getState();
    if (!run) return setTrace(null);
    const { view } = currentStep(run.session);
    setTrace(traceOf(pathOf(run.session), view.nodeId, edges, takenOf(run.session)));
  }, [run]);
  useEffect(() => () => designerStore.getState().setTrace(null), []);

  const title = useCallback(
    (id: string) => {
      const node = run?.document.nodes.find((n) => n.id === id);
      return node ? nodeView(node.type, node.data as Record<string, unknown>, names).title : id;
    },
    [run, names],
  );

  const context = async () => {
    const s = designerStore.getState();
    // Not loaded (or failed) as the panel opened: asked again, so a failure shows at Start.
    const list = numbers.data?.length
      ? numbers.data
      : (await api<ApiReply<'/numbers', 'get'>>('GET', '/numbers')).numbers;
    const number = list.find((n) => n.flowId === flowId);
    // Do-not-disturb changes by the minute: the team as it is now, not as the designer loaded it.
    // A failure is shown at Start rather than run on a team that may be out of date.
    const { members } = await api<ApiReply<'/members', 'get'>>('GET', '/members');
    return {
      memberIds: members.map((m) => m.id),
      members,
      greetings: s.greetings,
      schedules: s.schedules,
      business: { number: number?.number ?? '', name: number?.businessName || s.meta.name },
      ...(number ? { autoReplies: await numberAutoReplies(number) } : {}),
    };
  };
  const draft = () => {
    const s = designerStore.getState();
    return toDocument(s.meta, s.nodes, s.edges);
  };
  const start = () =>
    attempt(async () => {
      const flow =
        setup.source === 'draft'
          ? draft()
          : (await api<Revision>('GET', `/flows/${flowId}/revisions/${setup.source}`)).document;
      const run = prepareRun(flow, setup, await context());
      const key = setup.source === 'draft' ? draftKey(designerStore.getState()) : undefined;
      send({ type: 'START', run: key ? { ...run, draftKey: key } : run });
    });

  // A replay starts once per call id, whatever re-renders follow.
  const replayed = useRef<string | null>(null);
  useEffect(() => {
    if (!replayCallId || replayed.current === replayCallId) return;
    replayed.current = replayCallId;
    attempt(async () => {
      const path = `/calls/${encodeURIComponent(replayCallId)}/scenario`;
      const scenario = await api<Scenario>('GET', path);
      const zone = designerStore.getState().schedules[0]?.timeZone ?? setup.timeZone;
      const callSetup = {
        from: scenario.from,
        ...localFields(Date.parse(scenario.at), zone),
        timeZone: zone,
        source: 'draft' as const,
        history: NO_HISTORY,
      };
      const run = {
        ...prepareRun(draft(), callSetup, await context(), scenario.at),
        draftKey: draftKey(designerStore.getState()),
      };
      send({ type: 'START', run: replayRun(run, scenario, replayCallId) });
    });
  });

  return (
    <aside className="designer-settings simulator-panel" aria-label="Simulator">
      <header className="settings-header">
        <h2>Simulate a call</h2>
        {run && (
          <button
            type="button"
            className="ghost sim-new"
            onClick={() => send({ type: 'NEW_CALL' })}
          >
            New call
          </button>
        )}
      </header>
      {starting.failure && (
        <p className="sim-error" role="alert">
          {starting.failure}
        </p>
      )}
      {Boolean(revisions.error) && <ErrorBox error={revisions.error} retry={revisions.reload} />}
      {run ? (
        <SimRunView run={run} names={names} title={title} send={send} />
      ) : (
        <SimSetupForm
          setup={setup}
          zone={zone}
          revisions={revisions.data ?? []}
          busy={starting.busy}
          onChange={(next) => send({ type: 'SETUP', setup: next })}
          onStart={start}
        />
      )}
      <ScenariosSection flowId={flowId} run={run} beforeRun={saveNow} />
    </aside>
  );
}
