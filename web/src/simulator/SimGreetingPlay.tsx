import { Play, X } from 'lucide-react';
import { useState } from 'react';
import { WaveformPlayer } from '../ui/WaveformPlayer.js';
import type { SimGreeting } from './transcript.js';

/**
 * The small play button of a transcript line that plays a greeting: it
 * opens the app's one player under the line, loaded only when asked.
 */
export function SimGreetingPlay({ greeting }: { greeting: SimGreeting }) {
  const [open, setOpen] = useState(false);
  if (!greeting.audioUrl) return null;
  return (
    <>
      <button
        type="button"
        className="ghost icon sim-play"
        aria-label={
          open ? `Close the player of ${greeting.name}` : `Play greeting ${greeting.name}`
        }
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? <X size={14} aria-hidden="true" /> : <Play size={14} aria-hidden="true" />}
      </button>
      {open && (
        <div className="sim-greeting-player">
          <WaveformPlayer url={greeting.audioUrl} label={`Greeting ${greeting.name}`} height={36} />
        </div>
      )}
    </>
  );
}
