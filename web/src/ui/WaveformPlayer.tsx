/**
 * @module
 * The one audio player of the app (voicemails now, greetings later): the
 * waveform drawn by wavesurfer.js, play/pause, click to seek, speed, and
 * the keyboard (Space, Left/Right 5 s) while the player has focus.
 */
import './waveform-player.css';
import { Pause, Play } from 'lucide-react';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import WaveSurfer from 'wavesurfer.js';
import { loadErrorText, PLAYBACK_RATES, playerTime, seekTarget } from './player-state.js';

const SKIP_SECONDS = 5;

/**
 * @example
 * <WaveformPlayer url="/api/voicemails/vm_1/audio" label="Voicemail from +14155550123" />
 */
export function WaveformPlayer({
  url,
  label,
  height = 64,
}: {
  /** Same-origin; the session cookie goes with it. */
  url: string;
  /** Names the player for assistive technology ("Voicemail from …"). */
  label: string;
  height?: number;
}) {
  const waveRef = useRef<HTMLDivElement>(null);
  const playerRef = useRef<WaveSurfer | null>(null);
  const [phase, setPhase] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState<number | null>(null);
  const [rate, setRate] = useState(1);
  const rateRef = useRef(rate);
  rateRef.current = rate;

  useEffect(() => {
    const container = waveRef.current;
    if (!container) return;
    // Events of a destroyed player (an abort while loading is reported as an error) are ignored.
    let live = true;
    setPhase('loading');
    setError(null);
    setPlaying(false);
    setTime(0);
    setDuration(null);
    const styles = getComputedStyle(container);
    const player = WaveSurfer.create({
      container,
      url,
      height,
      waveColor: styles.getPropertyValue('--wave-color').trim() || '#a5b4fc',
      progressColor: styles.getPropertyValue('--wave-progress').trim() || '#4f46e5',
      cursorColor: styles.getPropertyValue('--wave-cursor').trim() || '#312e81',
      cursorWidth: 2,
      barWidth: 2,
      barGap: 1,
      barRadius: 2,
      normalize: true,
      dragToSeek: true,
      audioRate: rateRef.current,
      fetchParams: { credentials: 'same-origin' },
    });
    playerRef.current = player;
    const when =
      <T extends unknown[]>(handler: (...args: T) => void) =>
      (...args: T) => {
        if (live) handler(...args);
      };
    player.on(
      'decode',
      when((d: number) => setDuration(d)),
    );
    player.on(
      'ready',
      when((d: number) => {
        setDuration(d);
        setPhase('ready');
      }),
    );
    player.on(
      'timeupdate',
      when((t: number) => setTime(t)),
    );
    player.on(
      'play',
      when(() => setPlaying(true)),
    );
    player.on(
      'pause',
      when(() => setPlaying(false)),
    );
    player.on(
      'finish',
      when(() => setPlaying(false)),
    );
    player.on(
      'error',
      when((e: Error) => {
        setPhase('error');
        setError(loadErrorText(e));
      }),
    );
    return () => {
      live = false;
      playerRef.current = null;
      player.destroy();
    };
  }, [url, height]);

  const ready = phase === 'ready';
  const toggle = () => {
    const player = playerRef.current;
    if (!player || !ready) return;
    player.playPause().catch((e: unknown) => {
      // The browser may refuse to play (autoplay rules, no audio output): say so, keep the waveform.
      setError(`The browser did not play the audio: ${e instanceof Error ? e.message : String(e)}`);
    });
  };
  const skip = (delta: number) => {
    const player = playerRef.current;
    if (!player || !ready) return;
    player.setTime(seekTarget(player.getCurrentTime(), delta, player.getDuration()));
  };
  const changeRate = (next: number) => {
    setRate(next);
    playerRef.current?.setPlaybackRate(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    // The controls inside keep their own keys (Space presses a button, arrows change the speed).
    const ownKeys =
      target !== event.currentTarget && /^(BUTTON|SELECT|INPUT)$/.test(target.tagName);
    if (event.key === ' ' && !ownKeys) {
      event.preventDefault();
      toggle();
    } else if (event.key === 'ArrowLeft' && target.tagName !== 'SELECT') {
      event.preventDefault();
      skip(-SKIP_SECONDS);
    } else if (event.key === 'ArrowRight' && target.tagName !== 'SELECT') {
      event.preventDefault();
      skip(SKIP_SECONDS);
    }
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a player is a focusable group of controls, not a fieldset.
    <div
      className={`waveform-player ${phase}`}
      role="group"
      aria-label={label}
      onKeyDown={onKeyDown}
    >
      <div className="wf-main">
        <button
          type="button"
          className="wf-play"
          aria-label={playing ? 'Pause' : 'Play'}
          title={playing ? 'Pause (Space)' : 'Play (Space)'}
          disabled={!ready}
          onClick={toggle}
        >
          {playing ? <Pause size={18} aria-hidden="true" /> : <Play size={18} aria-hidden="true" />}
        </button>
        <div
          className="wf-wave"
          style={{ height }}
          role="slider"
          tabIndex={0}
          aria-label="Position"
          aria-valuemin={0}
          aria-valuemax={Math.floor(duration ?? 0)}
          aria-valuenow={Math.floor(time)}
          aria-valuetext={`${playerTime(time)} of ${playerTime(duration)}`}
          aria-keyshortcuts="Space ArrowLeft ArrowRight"
        >
          <div ref={waveRef} className="wf-canvas" />
          {phase === 'loading' && <span className="wf-overlay muted">Loading audio…</span>}
        </div>
      </div>
      <div className="wf-bar">
        <span className="wf-time">
          <span className="wf-current">{playerTime(time)}</span>
          {' / '}
          <span className="wf-duration">{playerTime(duration)}</span>
        </span>
        <select
          className="wf-rate"
          aria-label="Playback speed"
          value={rate}
          disabled={!ready}
          onChange={(e) => changeRate(Number(e.target.value))}
        >
          {PLAYBACK_RATES.map((r) => (
            <option key={r} value={r}>
              {r}×
            </option>
          ))}
        </select>
        <span className="wf-keys muted">Space play/pause · ← → 5 s</span>
      </div>
      {error && (
        <p className="error wf-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
