import { Link } from 'wouter';
import { Field, named } from '../ui/Field.js';
import { WaveformPlayer } from '../ui/WaveformPlayer.js';
import { longGreetingHint, nameWithDuration, synthesisLine } from './format.js';
import type { Greeting } from './types.js';

/**
 * A greeting of the library for a prompt: chosen by name (with its length),
 * previewed with the waveform, with a link to the library. A greeting that
 * is no longer in the library stays shown as missing rather than vanishing.
 *
 * @example
 * <GreetingPicker greetings={list} value={id} onChange={(greetingId) => …} warnLong />
 */
export function GreetingPicker({
  greetings,
  problem,
  value,
  error,
  warnLong = false,
  onChange,
}: {
  greetings: readonly Greeting[];
  /** Why the library could not be loaded, or null. */
  problem: string | null;
  value: string;
  /** What is wrong, as the end of a sentence after "Greeting" (a schema check's predicate). */
  error?: string | undefined;
  /** A voicemail greeting: say so when it is long. */
  warnLong?: boolean;
  onChange(greetingId: string): void;
}) {
  const chosen = greetings.find((g) => g.id === value);
  const missing = value && !chosen && !problem;
  const synthesis = chosen ? synthesisLine(chosen.synthesis) : null;
  const long = warnLong && chosen ? longGreetingHint(chosen.durationSeconds) : null;
  return (
    <div className="greeting-picker">
      <Field
        label="Greeting"
        error={named(
          'Greeting',
          error ?? (missing ? 'is no longer in the library: choose another' : undefined),
        )}
        hint={
          greetings.length === 0 && !problem
            ? 'The library is empty: add a greeting first.'
            : undefined
        }
      >
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">Choose a greeting…</option>
          {missing && <option value={value}>Missing greeting ({value})</option>}
          {greetings.map((g) => (
            <option key={g.id} value={g.id}>
              {nameWithDuration(g)}
            </option>
          ))}
        </select>
      </Field>
      {problem && (
        <p className="error small-text" role="alert">
          {problem}
        </p>
      )}
      {long && (
        <p className="prompt-hint" role="note">
          {long}
        </p>
      )}
      {synthesis && <p className={`prompt-note synthesis-${synthesis.tone}`}>{synthesis.text}</p>}
      {chosen?.audioUrl && (
        <WaveformPlayer
          key={chosen.audioUrl}
          url={chosen.audioUrl}
          label={`Greeting ${chosen.name}`}
          height={40}
        />
      )}
      <p className="prompt-note">
        <Link href="/greetings">Manage greetings</Link>
      </p>
    </div>
  );
}
