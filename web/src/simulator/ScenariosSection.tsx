import { CheckCircle2, Download, Play, Save, Sparkles, Trash2, XCircle } from 'lucide-react';
import { type FormEvent, useRef, useState } from 'react';
import { api } from '../api/client.js';
import { slugify } from '../designer/lib/import-export.js';
import { selectFlowName } from '../designer/selectors.js';
import { useDesigner } from '../designer/use-designer.js';
import { downloadText } from '../ui/download.js';
import { ErrorBox } from '../ui/status.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { useResource } from '../ui/use-resource.js';
import { CoverageLine } from './CoverageLine.js';
import type { SimRun } from './prepare-run.js';
import {
  type ApiScenario,
  type GeneratedScenarios,
  type SavedScenario,
  type SavedScenariosReply,
  type ScenarioRunReply,
  type ScenarioRunResult,
  scenarioOf,
} from './scenario.js';

interface ScenariosSectionProps {
  flowId: string;
  run: SimRun | null;
  /** Called before running, so the server checks the draft the canvas shows. */
  beforeRun?(): Promise<unknown>;
}

/** One of the section's buttons at work: what it says when done, if anything. */
type Action = () => Promise<string | null>;

/** The flow's saved scenarios: save the run, run them all, generate, delete. */
export function ScenariosSection({ flowId, run, beforeRun }: ScenariosSectionProps) {
  const base = `/flows/${encodeURIComponent(flowId)}/scenarios`;
  const saved = useResource(`flow-scenarios:${flowId}`, () =>
    api<SavedScenariosReply>('GET', base).then((r) => r.scenarios),
  );
  const scenarios = saved.data ?? [];
  const [results, setResults] = useState<Record<string, ScenarioRunResult>>({});
  const [generated, setGenerated] = useState<ApiScenario[]>([]);
  // "Too many paths: showing the first 200." while the generated list is cut short.
  const [truncation, setTruncation] = useState<string | null>(null);
  const [name, setName] = useState('');
  // "All scenarios pass.", "Saved …": what the last action did; its failure is the hook's.
  const [done, setDone] = useState<string | null>(null);

  // The buttons share one busy flag and one message line: the action clicked is what is sent.
  const action = useRef<Action>(async () => null);
  const form = useFormSubmit({
    send: () => action.current(),
    // No field here: a 400 naming one (a name too long) is the section's message.
    shows: () => false,
    onSent: setDone,
  });
  const act = (work: Action) => {
    action.current = work;
    setDone(null);
    void form.submit();
  };

  const save = (scenario: ApiScenario, then?: () => void) =>
    act(async () => {
      await api('POST', base, scenario);
      then?.();
      // Read again through the list's own load: a failure there is the list's, not the save's.
      saved.reload();
      return `Saved "${scenario.name}".`;
    });
  const onSave = (event: FormEvent) => {
    event.preventDefault();
    if (!run || !name.trim()) return;
    save(scenarioOf(run, name), () => setName(''));
  };
  const runAll = () =>
    act(async () => {
      await beforeRun?.();
      const reply = await api<ScenarioRunReply>('POST', `${base}/run`, { target: 'draft' });
      setResults(Object.fromEntries(reply.results.map((r) => [r.scenarioId ?? r.name, r])));
      const failing = reply.results.filter((r) => !r.passed).length;
      return failing ? `${failing} of ${reply.results.length} fail.` : 'All scenarios pass.';
    });
  const generate = () =>
    act(async () => {
      await beforeRun?.();
      const reply = await api<GeneratedScenarios>('POST', `${base}/generate`, {});
      setGenerated(reply.scenarios);
      const cut = reply.truncated
        ? (reply.message ?? `Too many paths: showing the first ${reply.scenarios.length}.`)
        : null;
      setTruncation(cut);
      return cut ?? `${reply.scenarios.length} paths found.`;
    });
  const flowName = useDesigner(selectFlowName);
  const exportAll = () => {
    const text = `${JSON.stringify({ scenarios }, null, 2)}\n`;
    downloadText(`${slugify(flowName)}.scenarios.json`, text);
  };
  const remove = (scenario: SavedScenario) =>
    act(async () => {
      await api('DELETE', `${base}/${encodeURIComponent(scenario.id)}`);
      saved.reload();
      return null;
    });
  const busy = form.busy;

  return (
    <section className="sim-scenarios" aria-label="Scenarios">
      <h3>Scenarios</h3>
      {run && (
        <form className="sim-save" onSubmit={onSave}>
          <input
            aria-label="Scenario name"
            placeholder="Name this run"
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" disabled={busy || !name.trim()}>
            <Save size={14} aria-hidden="true" /> Save as scenario
          </button>
        </form>
      )}
      <div className="sim-actions">
        <button type="button" disabled={busy || scenarios.length === 0} onClick={runAll}>
          <Play size={14} aria-hidden="true" /> Run all
        </button>
        <button type="button" disabled={busy} onClick={generate}>
          <Sparkles size={14} aria-hidden="true" /> Generate
        </button>
        <button
          type="button"
          disabled={scenarios.length === 0}
          onClick={exportAll}
          title="A file for ringflow scenarios in your own CI"
        >
          <Download size={14} aria-hidden="true" /> Export
        </button>
      </div>
      <CoverageLine scenarios={scenarios} />
      {Boolean(saved.error) && <ErrorBox error={saved.error} retry={saved.reload} />}
      {form.failure && (
        <p className="sim-error" role="alert">
          {form.failure}
        </p>
      )}
      {done && (
        <p className="muted" role="status">
          {done}
        </p>
      )}
      <ul className="sim-scenario-list">
        {scenarios.map((s) => {
          const result = results[s.id];
          return (
            <li key={s.id} className={result ? (result.passed ? 'passed' : 'failed') : ''}>
              <span className="sim-scenario-name">
                {result &&
                  (result.passed ? (
                    <CheckCircle2 size={14} aria-label="passes" />
                  ) : (
                    <XCircle size={14} aria-label="fails" />
                  ))}{' '}
                {s.name}
              </span>
              <button
                type="button"
                className="ghost"
                aria-label={`Delete ${s.name}`}
                disabled={busy}
                onClick={() => remove(s)}
              >
                <Trash2 size={14} aria-hidden="true" />
              </button>
              {result?.difference && <p className="sim-difference">{result.difference}</p>}
            </li>
          );
        })}
      </ul>
      {generated.length > 0 && truncation && (
        <p className="muted sim-truncated" role="note">
          {truncation}
        </p>
      )}
      {generated.length > 0 && (
        <ul className="sim-scenario-list generated" aria-label="Generated scenarios">
          {generated.map((s) => (
            <li key={`${s.name}-${s.at}`}>
              <span className="sim-scenario-name">{s.name}</span>
              <button type="button" disabled={busy} onClick={() => save(s)}>
                Save
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
