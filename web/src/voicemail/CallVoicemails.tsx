import './voicemail.css';
import { Voicemail } from 'lucide-react';
import { Link } from 'wouter';
import { api } from '../api/client.js';
import { formatDay } from '../ui/dates.js';
import { playerTime } from '../ui/player-state.js';
import { useResource } from '../ui/use-resource.js';
import { deletedLine } from './format.js';
import type { CallVoicemailRef, VoicemailDetail } from './types.js';

/** The call page's card: the message the caller left, linked to the inbox, or what became of it. */
export function CallVoicemails({ voicemails }: { voicemails: CallVoicemailRef[] }) {
  if (voicemails.length === 0) return null;
  return (
    <section className="card call-voicemails" aria-label="Voicemail">
      {voicemails.map((v) => (
        <CallVoicemailLine key={v.id} voicemail={v} />
      ))}
    </section>
  );
}

function CallVoicemailLine({ voicemail: v }: { voicemail: CallVoicemailRef }) {
  const gone = v.deletedAt !== null;
  // The call names the voicemail only; its length comes from the voicemail itself. Without it the
  // line leaves the length out; the inbox it links to shows the voicemail or why it cannot.
  const detail = useResource(`call-voicemail:${v.id}:${gone}`, () =>
    gone
      ? Promise.resolve(null)
      : api<VoicemailDetail>('GET', `/voicemails/${encodeURIComponent(v.id)}`),
  );
  const icon = <Voicemail size={16} aria-hidden="true" />;
  if (gone) {
    return (
      <p className="call-voicemail muted">
        {icon} Voicemail deleted{v.deletedAt ? ` on ${formatDay(v.deletedAt)}` : ''}
      </p>
    );
  }
  const length = detail.data ? `: ${playerTime(detail.data.durationSeconds)}` : '';
  const open = <Link href={`/voicemail/${encodeURIComponent(v.id)}`}>open in inbox</Link>;
  if (v.audioStatus === 'deleted') {
    return (
      <p className="call-voicemail">
        {icon} {deletedLine(v.audioDeletedReason, v.audioDeletedAt)} — {open}
      </p>
    );
  }
  return (
    <p className="call-voicemail">
      {icon} Voicemail{length} — {open}
      {v.audioStatus === 'fetching' && <span className="badge warn">fetching audio</span>}
      {v.audioStatus === 'unavailable' && <span className="badge bad">audio unavailable</span>}
    </p>
  );
}
