import { Play } from 'lucide-react';
import { type FormEvent, useMemo } from 'react';
import type { RevisionSummary } from '../api/types.js';
import { Field } from '../ui/Field.js';
import { type FlowZone, zoneLine } from './flow-zone.js';
import {
  DEFAULT_CALLER,
  defaultSetup,
  type HistoryChoice,
  type SimSetup,
  WITHHELD_CALLER,
} from './setup.js';
import { timeZones } from './zoned-time.js';

interface SimSetupFormProps {
  setup: SimSetup;
  /** The zone of the flow's business hours, which the time defaults to. */
  zone: FlowZone;
  revisions: RevisionSummary[];
  busy: boolean;
  onChange(setup: SimSetup): void;
  onStart(): void;
}

/** The caller, the moment and the flow a simulated call runs with. */
export function SimSetupForm({
  setup,
  zone,
  revisions,
  busy,
  onChange,
  onStart,
}: SimSetupFormProps) {
  const zones = useMemo(() => timeZones(setup.timeZone), [setup.timeZone]);
  const set = (patch: Partial<SimSetup>) => onChange({ ...setup, ...patch });
  const withheld = setup.from === WITHHELD_CALLER;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart();
  };
  return (
    <form className="sim-setup" onSubmit={submit}>
      <Field label="Caller's number">
        <input
          value={withheld ? '' : setup.from}
          disabled={withheld}
          placeholder={withheld ? 'Withheld' : undefined}
          onChange={(e) => set({ from: e.target.value })}
        />
      </Field>
      {/* A checkbox reads its label after the box: not the one Field's label-above layout. */}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={withheld}
          onChange={(e) => set({ from: e.target.checked ? WITHHELD_CALLER : DEFAULT_CALLER })}
        />
        <span>The caller withholds their number</span>
      </label>
      <div className="field-row">
        <Field label="Date">
          <input
            type="date"
            required
            value={setup.date}
            onChange={(e) => set({ date: e.target.value })}
          />
        </Field>
        <Field label="Time">
          <input
            type="time"
            required
            value={setup.time}
            onChange={(e) => set({ time: e.target.value })}
          />
        </Field>
      </div>
      <div className="field-row">
        <Field label="Time zone">
          <select value={setup.timeZone} onChange={(e) => set({ timeZone: e.target.value })}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </Field>
        <button
          type="button"
          className="sim-now"
          onClick={() => {
            const now = defaultSetup(setup.timeZone);
            set({ date: now.date, time: now.time });
          }}
        >
          Now
        </button>
      </div>
      <p className="muted sim-zone">{zoneLine(setup.timeZone, zone)}</p>
      <Field label="Flow">
        <select
          value={String(setup.source)}
          onChange={(e) =>
            set({ source: e.target.value === 'draft' ? 'draft' : Number(e.target.value) })
          }
        >
          <option value="draft">The draft</option>
          {revisions.map((r) => (
            <option key={r.id} value={r.number}>
              Revision {r.number}
              {r.message ? `: ${r.message}` : ''}
            </option>
          ))}
        </select>
      </Field>
      <div className="field-row">
        <Field label="Contact history">
          <select
            value={setup.history.kind}
            onChange={(e) =>
              set({
                history: { ...setup.history, kind: e.target.value as HistoryChoice['kind'] },
              })
            }
          >
            <option value="none">None</option>
            <option value="auto-reply">An auto-reply went to this caller</option>
            <option value="team">A team member talked to this caller</option>
          </select>
        </Field>
        {setup.history.kind !== 'none' && (
          <Field label="Minutes before" className="sim-history-minutes">
            <input
              type="number"
              min={0}
              value={setup.history.minutes}
              onChange={(e) =>
                set({
                  history: { ...setup.history, minutes: Math.max(0, Number(e.target.value) || 0) },
                })
              }
            />
          </Field>
        )}
      </div>
      <button type="submit" className="primary" disabled={busy}>
        <Play size={14} aria-hidden="true" /> Start call
      </button>
    </form>
  );
}
