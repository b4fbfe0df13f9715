import type { VoicemailSummary } from './types.js';
import { audioChip } from './voicemail-view.js';

/** New or Handled, who it is assigned to, and audio that cannot be played (yet). */
export function StatusChips({ voicemail: v }: { voicemail: VoicemailSummary }) {
  const audio = audioChip(v.audio);
  return (
    <span className="vm-chips">
      {v.status === 'new' ? (
        <span className="badge new">New</span>
      ) : (
        <span className="badge ok">Handled</span>
      )}
      {v.assignee && <span className="badge">{v.assignee.name}</span>}
      {audio && <span className={`badge ${audio.tone}`}>{audio.text}</span>}
    </span>
  );
}
