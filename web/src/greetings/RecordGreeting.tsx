import { Circle, Square } from 'lucide-react';
import { useEffect, useReducer, useRef, useState } from 'react';
import { Field } from '../ui/Field.js';
import type { FieldErrors } from '../ui/field-errors.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { WaveformPlayer } from '../ui/WaveformPlayer.js';
import { type MicrophoneRecording, startRecording } from './microphone.js';
import {
  overLimit,
  type RecorderState,
  recorderStep,
  recordingLimitSeconds,
  timerText,
} from './recorder-state.js';
import type { Greeting } from './types.js';
import { uploadProblem } from './upload-check.js';
import { createGreeting } from './upload-greeting.js';

const TICK_MS = 250;

/**
 * Records a greeting in the browser: start, stop (with a running timer and
 * the limit), listen with the waveform, record again or keep it, which
 * uploads the WAV as a recorded greeting.
 */
export function RecordGreeting({
  onSaved,
  onCancel,
}: {
  onSaved(greeting: Greeting): void;
  onCancel(): void;
}) {
  const [state, dispatch] = useReducer(recorderStep, { phase: 'idle' } as RecorderState);
  const [name, setName] = useState('');
  const recording = useRef<MicrophoneRecording | null>(null);
  const wav = useRef<Blob | null>(null);

  const form = useFormSubmit({
    check: (): FieldErrors => {
      const blob = wav.current;
      if (!blob) return { recording: 'Record something first' };
      const problem = uploadProblem({ name: 'recording.wav', size: blob.size, type: 'audio/wav' });
      return problem ? { recording: problem } : {};
    },
    send: () => createGreeting(name.trim(), 'recording', wav.current as Blob, 'recording.wav'),
    shows: (path) => path === 'name' || path === 'recording',
    onSent: onSaved,
  });
  const clear = () => {
    form.setErrors(() => ({}));
    form.clearFailure();
  };

  const start = async () => {
    clear();
    dispatch({ type: 'ask' });
    try {
      const rec = await startRecording();
      recording.current = rec;
      dispatch({
        type: 'started',
        at: Date.now(),
        limitSeconds: recordingLimitSeconds(rec.sampleRate, rec.channels),
      });
    } catch (e) {
      dispatch({ type: 'refused', error: e });
    }
  };
  const stop = async () => {
    const rec = recording.current;
    if (!rec) return;
    recording.current = null;
    const at = Date.now();
    const blob = await rec.stop();
    wav.current = blob;
    dispatch({ type: 'stopped', url: URL.createObjectURL(blob), at });
  };
  const again = () => {
    if (state.phase === 'recorded') URL.revokeObjectURL(state.url);
    wav.current = null;
    clear();
    dispatch({ type: 'again' });
  };
  const recordingProblem = form.errors.recording;
  const failure =
    form.failure ?? (recordingProblem ? `The recording cannot be kept: ${recordingProblem}` : null);

  // The timer runs while recording, and stops the recording at the limit.
  const recordingNow = state.phase === 'recording';
  useEffect(() => {
    if (!recordingNow) return;
    const timer = setInterval(() => dispatch({ type: 'tick', at: Date.now() }), TICK_MS);
    return () => clearInterval(timer);
  }, [recordingNow]);
  const stopRef = useRef(stop);
  stopRef.current = stop;
  const limitReached = overLimit(state);
  useEffect(() => {
    if (limitReached) void stopRef.current();
  }, [limitReached]);
  // Leaving the dialog lets go of the microphone.
  useEffect(() => () => recording.current?.cancel(), []);

  return (
    <form
      className="record-greeting"
      aria-label="Record a greeting"
      noValidate
      onSubmit={(e) => void form.submit(e)}
    >
      {(state.phase === 'idle' || state.phase === 'failed') && (
        <div className="record-start">
          <button type="button" className="primary" onClick={() => void start()}>
            <Circle size={14} aria-hidden="true" /> Start recording
          </button>
          <span className="muted small-text">
            The browser asks for the microphone. Speak after you press the button.
          </span>
        </div>
      )}
      {state.phase === 'asking' && (
        <p className="muted" role="status">
          Waiting for the microphone…
        </p>
      )}
      {state.phase === 'recording' && (
        <div className="record-live" role="status">
          <span className="record-dot" aria-hidden="true" />
          <span className="sr-only">Recording, so far </span>
          <span className="record-timer">{timerText(state.elapsedMs)}</span>
          <span className="muted small-text">
            of at most {timerText(state.limitSeconds * 1000)}
          </span>
          <button type="button" className="primary" onClick={() => void stop()}>
            <Square size={14} aria-hidden="true" /> Stop
          </button>
        </div>
      )}
      {state.phase === 'failed' && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
      {state.phase === 'recorded' && (
        <>
          <WaveformPlayer url={state.url} label="Your recording" height={56} />
          <Field label="Name" error={form.errors.name}>
            <input
              maxLength={100}
              value={name}
              placeholder="After-hours greeting"
              onChange={(e) => setName(e.target.value)}
            />
          </Field>
          {failure && (
            <p className="error" role="alert">
              {failure}
            </p>
          )}
          <footer className="greeting-actions">
            <button type="button" disabled={form.busy} onClick={again}>
              Record again
            </button>
            <button type="submit" className="primary" disabled={form.busy}>
              {form.busy ? 'Saving…' : 'Keep'}
            </button>
          </footer>
        </>
      )}
      {state.phase !== 'recorded' && (
        <footer className="greeting-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </footer>
      )}
    </form>
  );
}
