import {
  type CallEvent,
  describeResult,
  elapsedText,
  possibleEvents,
} from '@ringflow/flow-runtime';
import type { NameLookup } from '@ringflow/shared';
import { RotateCcw, Undo2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { selectGreetings } from '../designer/selectors.js';
import { useDesigner } from '../designer/use-designer.js';
import { Field } from '../ui/Field.js';
import { draftKey } from './draft-key.js';
import { eventButtons } from './event-buttons.js';
import { decisionsOf, guardsLine, historyLine } from './outcome.js';
import type { SimRun } from './prepare-run.js';
import { ReplayBanner } from './ReplayBanner.js';
import { SimDecision } from './SimDecision.js';
import { SimGreetingPlay } from './SimGreetingPlay.js';
import { currentStep } from './session.js';
import type { SimEvent } from './sim-machine.js';
import { transcriptOf } from './transcript.js';

interface SimRunViewProps {
  run: SimRun;
  names: NameLookup;
  title(nodeId: string): string;
  send(event: SimEvent): void;
}

/** A call being stepped: the transcript, the events possible now, and the ending. */
export function SimRunView({ run, names, title, send }: SimRunViewProps) {
  const { session } = run;
  const { view } = currentStep(session);
  // Empty: the clock moves by what the step takes (ring time, prompt, recording).
  const [wait, setWait] = useState('');
  // A boolean from the store: moving a step on the canvas re-renders nothing here.
  const stale = useDesigner((s) => run.draftKey !== undefined && draftKey(s) !== run.draftKey);
  const greetings = useDesigner(selectGreetings);
  const decisions = useMemo(() => decisionsOf(run), [run]);
  const ending = view.result
    ? describeResult(view.result, decisions, new Date(view.snapshot.context.now))
    : undefined;
  const lines = useMemo(
    () =>
      transcriptOf(session, names, title, greetings, {
        document: run.document,
        timeZone: run.setup.timeZone,
        ...(ending ? { ending } : {}),
      }),
    [session, names, title, greetings, run.document, run.setup.timeZone, ending],
  );
  const buttons = useMemo(
    () => eventButtons(possibleEvents(session.machine, view.snapshot), view.instruction),
    [session.machine, view],
  );
  const seconds = wait.trim() === '' ? undefined : Math.max(0, Number(wait) || 0);
  const step = (event: CallEvent) => {
    send({ type: 'STEP', event, ...(seconds === undefined ? {} : { afterSeconds: seconds }) });
    setWait('');
  };
  const keypad = buttons.filter((b) => b.group === 'keypad');
  const actions = buttons.filter((b) => b.group === 'action');

  return (
    <div className="sim-run">
      {run.note && <p className="sim-note">{run.note}</p>}
      {stale && (
        <p className="sim-note" role="status">
          The draft has changed since this call started; it still runs the draft as it was. Start a
          new call to try the changes.
        </p>
      )}
      {run.replay && <ReplayBanner run={run} replay={run.replay} title={title} />}
      <p className="muted sim-when">
        Call on {run.setup.date} at {run.setup.time} ({run.setup.timeZone}); each line shows the
        time since it started.
      </p>
      <ol className="sim-transcript" aria-label="Transcript">
        {lines.map((line) => (
          <li key={line.id} className={`sim-line ${line.kind}`}>
            <span className="sim-second">+{elapsedText(line.second)}</span> {line.text}
            {line.greeting && <SimGreetingPlay greeting={line.greeting} />}
          </li>
        ))}
      </ol>
      {!view.done && (
        <section className="sim-events" aria-label="What happens next">
          <Field
            label="Seconds before the next event"
            hint="Empty: as long as the step takes."
            className="sim-wait"
          >
            {(ids) => (
              <span className="input-with-unit">
                <input
                  id={ids.id}
                  aria-describedby={ids.describedBy}
                  type="number"
                  min={0}
                  placeholder="auto"
                  value={wait}
                  onChange={(e) => setWait(e.target.value)}
                />
                <span className="muted">s</span>
              </span>
            )}
          </Field>
          {keypad.length > 0 && (
            <fieldset className="sim-keypad" aria-label="Key pad">
              {keypad.map((b) => (
                <button key={b.label} type="button" onClick={() => step(b.event)}>
                  {b.label}
                </button>
              ))}
            </fieldset>
          )}
          <div className="sim-actions">
            {actions.map((b) => (
              <button key={b.label} type="button" onClick={() => step(b.event)}>
                {b.label}
              </button>
            ))}
          </div>
        </section>
      )}
      {view.done && view.result && (
        <section className="sim-outcome" aria-label="Outcome">
          <h3>Outcome</h3>
          <p className="sim-result">{ending}</p>
          {decisions.map((d) => (
            <SimDecision
              key={`${d.candidate.source}:${d.candidate.id}`}
              decision={d}
              name={d.candidate.source === 'flow' ? title(d.candidate.id) : d.candidate.name}
              callEnd={new Date(view.snapshot.context.now)}
            />
          ))}
          {decisions.length > 0 && (
            <p className="muted sim-guards">
              {guardsLine(run.autoReplies.settings.guards, run.autoReplies.numberLabel)}{' '}
              {historyLine(run.setup.history)}
            </p>
          )}
        </section>
      )}
      <div className="sim-controls">
        <button
          type="button"
          disabled={session.steps.length <= 1}
          onClick={() => send({ type: 'BACK' })}
        >
          <Undo2 size={14} aria-hidden="true" /> Step back
        </button>
        <button type="button" onClick={() => send({ type: 'RESTART' })}>
          <RotateCcw size={14} aria-hidden="true" /> Restart
        </button>
      </div>
    </div>
  );
}
