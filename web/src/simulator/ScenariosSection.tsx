import { CheckCircle2, Download, Play, Save, Sparkles, Trash2, XCircle } from 'lucide-react';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { errorMessage } from '../designer/findings-of.js';
import { slugify } from '../designer/lib/import-export.js';
import { selectFlowName } from '../designer/selectors.js';
import { useDesigner } from '../designer/use-designer.js';
import { downloadText } from '../ui/download.js';
import { CoverageLine } from './CoverageLine.js';
import type { SimRun } from './prepare-run.js';
import { type SavedScenario, type ScenarioRunResult, scenarioOf } from './scenario.js';

interface ScenariosSectionProps {
  flowId: string;
  run: SimRun | null;
  /** Called before running, so the server checks the draft the canvas shows. */
  beforeRun?(): Promise<unknown>;
}

type Offer = SavedScenario | Omit<SavedScenario, 'id'>;

/** The flow's saved scenarios: save the run, run them all, generate, delete. */
export function ScenariosSection({ flowId, run, beforeRun }: ScenariosSectionProps) {
  const base = `/flows/${encodeURIComponent(flowId)}/scenarios`;
  const [scenarios, setScenarios] = useState<SavedScenario[]>([]);
  const [results, setResults] = useState<Record<string, ScenarioRunResult>>({});
  const [generated, setGenerated] = useState<Offer[]>([]);
  // "Too many paths: showing the first 200." while the generated list is cut short.
  const [truncation, setTruncation] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);

  const load = useCallback(async () => {
    const reply = await api<{ scenarios: SavedScenario[] }>('GET', base);
    setScenarios(reply.scenarios);
  }, [base]);
  useEffect(() => {
    load().catch((e) =>
      setMessage({ text: errorMessage(e, 'Could not load scenarios'), error: true }),
    );
  }, [load]);

  const act = async (what: string, work: () => Promise<string | undefined>) => {
    setBusy(true);
    setMessage(null);
    try {
      const text = await work();
      if (text) setMessage({ text });
    } catch (e) {
      setMessage({ text: errorMessage(e, what), error: true });
    } finally {
      setBusy(false);
    }
  };
  const save = (scenario: Offer) =>
    act('Could not save the scenario', async () => {
      await api('POST', base, scenario);
      await load();
      return `Saved "${scenario.name}".`;
    });
  const onSave = (event: FormEvent) => {
    event.preventDefault();
    if (!run || !name.trim()) return;
    void save(scenarioOf(run, name)).then(() => setName(''));
  };
  const runAll = () =>
    act('Could not run the scenarios', async () => {
      await beforeRun?.();
      const reply = await api<{ results: ScenarioRunResult[] }>('POST', `${base}/run`, {
        target: 'draft',
      });
      setResults(Object.fromEntries(reply.results.map((r) => [r.scenarioId ?? r.name, r])));
      const failing = reply.results.filter((r) => !r.passed).length;
      return failing ? `${failing} of ${reply.results.length} fail.` : 'All scenarios pass.';
    });
  const generate = () =>
    act('Could not generate scenarios', async () => {
      await beforeRun?.();
      const reply = await api<{ scenarios: Offer[]; truncated?: boolean; message?: string }>(
        'POST',
        `${base}/generate`,
        {},
      );
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
    act('Could not delete the scenario', async () => {
      await api('DELETE', `${base}/${encodeURIComponent(scenario.id)}`);
      await load();
      return undefined;
    });

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
      {message && (
        <p
          className={message.error ? 'sim-error' : 'muted'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
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
                onClick={() => void remove(s)}
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
              <button type="button" disabled={busy} onClick={() => void save(s)}>
                Save
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
