import { MessageSquare } from 'lucide-react';
import { Link } from 'wouter';
import { exactTime, relativeTime } from '../ui/dates.js';
import { playerTime } from '../ui/player-state.js';
import { StatusChips } from './StatusChips.js';
import type { VoicemailSummary } from './types.js';
import { transcriptPreview } from './voicemail-view.js';

/** One voicemail in the inbox: a link that opens it (click or Enter). */
export function VoicemailRow({
  voicemail: v,
  open,
  now,
}: {
  voicemail: VoicemailSummary;
  open: boolean;
  now: number;
}) {
  const preview = transcriptPreview(v.transcript);
  return (
    <li>
      <Link
        href={`/voicemail/${encodeURIComponent(v.id)}`}
        className={`vm-row${open ? ' open' : ''}${v.read ? '' : ' unread'}`}
        aria-current={open ? 'true' : undefined}
      >
        <span className="vm-dot" title={v.read ? undefined : 'Unread'}>
          {!v.read && <span className="sr-only">Unread</span>}
        </span>
        <span className="vm-row-main">
          <span className="vm-row-top">
            <span className="vm-caller">{v.caller}</span>
            <span className="vm-number muted">{v.numberName ?? v.business}</span>
            <time className="vm-time muted" dateTime={v.at} title={exactTime(v.at)}>
              {relativeTime(v.at, now)}
            </time>
          </span>
          <span className={`vm-preview${preview.kind === 'text' ? '' : ' vm-preview-note'}`}>
            {preview.text}
          </span>
          <span className="vm-row-bottom">
            <span className="vm-duration muted">{playerTime(v.durationSeconds)}</span>
            <StatusChips voicemail={v} />
            {v.commentCount > 0 && (
              <span className="muted vm-comment-count" title={`${v.commentCount} comments`}>
                <MessageSquare size={12} aria-hidden="true" /> {v.commentCount}
              </span>
            )}
          </span>
        </span>
      </Link>
    </li>
  );
}
