import { Download } from 'lucide-react';
import { formatDay } from '../ui/dates.js';
import { WaveformPlayer } from '../ui/WaveformPlayer.js';
import type { VoicemailDetail } from './types.js';
import { audioNote, downloadUrl } from './voicemail-view.js';

/** The message's audio: the player and Download when it is here, otherwise what became of it. */
export function VoicemailAudio({ voicemail: v }: { voicemail: VoicemailDetail }) {
  const note = audioNote(v.audio);
  return (
    <section className="vm-audio" aria-label="Recording">
      {v.audio.status === 'stored' && v.audio.url ? (
        <>
          <WaveformPlayer url={v.audio.url} label={`Voicemail from ${v.caller}`} />
          <div className="vm-audio-links">
            <a className="button small" href={downloadUrl(v.audio.url)} download>
              <Download size={14} aria-hidden="true" /> Download
            </a>
            {v.providerDeletedAt && (
              <span className="muted small-text">
                Deleted from Twilio on {formatDay(v.providerDeletedAt)}; Ringflow keeps its copy.
              </span>
            )}
          </div>
        </>
      ) : (
        <p className={`vm-audio-note ${v.audio.status}`} role="status">
          {v.audio.status === 'fetching' && <span className="spinner" aria-hidden="true" />}
          {note}
        </p>
      )}
    </section>
  );
}
