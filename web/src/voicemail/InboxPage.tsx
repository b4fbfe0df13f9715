import '../admin/admin.css';
import './voicemail.css';
import { RefreshCw } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useParams } from 'wouter';
import type { NumbersReply } from '../admin/types.js';
import { api } from '../api/client.js';
import { LoadFailure } from '../ui/LoadFailure.js';
import { OlderPager } from '../ui/older-pages.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { InboxFilters } from './InboxFilters.js';
import { type InboxFilters as Filters, isFiltered, NO_FILTERS } from './inbox-query.js';
import { useUnread } from './unread.js';
import { useInbox } from './use-inbox.js';
import { VoicemailPanel } from './VoicemailPanel.js';
import { VoicemailRow } from './VoicemailRow.js';

/**
 * The voicemail inbox (`/voicemail`), newest first, with the open voicemail
 * (`/voicemail/:id`, where e-mails link) beside the list on wide screens and
 * instead of it on narrow ones.
 */
export function InboxPage() {
  const { id } = useParams<{ id?: string }>();
  const [, navigate] = useLocation();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const inbox = useInbox(filters);
  const numbers = useResource('numbers', () => api<NumbersReply>('GET', '/numbers'));
  const unread = useUnread((s) => s.unread);

  // A new voicemail raises the badge's count: show it without a click.
  const lastUnread = useRef(unread);
  const reload = useRef(inbox.reload);
  reload.current = inbox.reload;
  useEffect(() => {
    if (unread !== null && lastUnread.current !== null && unread > lastUnread.current) {
      reload.current();
    }
    lastUnread.current = unread;
  }, [unread]);

  const { change } = inbox;
  const onDeleted = useCallback(
    (deleted: string) => {
      change(deleted, null);
      navigate('/voicemail');
    },
    [change, navigate],
  );
  const now = Date.now();
  const rows = inbox.rows;

  return (
    <Page
      title="Voicemail"
      actions={
        <button type="button" onClick={inbox.reload} disabled={inbox.loading}>
          <RefreshCw size={14} aria-hidden="true" /> Refresh
        </button>
      }
    >
      <div className={`inbox${id ? ' has-open' : ''}`}>
        <div className="inbox-list">
          <InboxFilters
            filters={filters}
            numbers={numbers.data?.numbers ?? []}
            onChange={setFilters}
          />
          <LoadFailure what="the numbers to filter by" resource={numbers} />
          {inbox.error ? <ErrorBox error={inbox.error} retry={inbox.reload} /> : null}
          {inbox.loading && !inbox.loaded && <Loading what="voicemails" />}
          {inbox.loaded && rows.length === 0 && (
            <div className="card empty">
              {isFiltered(filters)
                ? 'No voicemails match these filters.'
                : 'No voicemails yet. They appear here when a caller leaves a message in a flow’s Voicemail step.'}
            </div>
          )}
          {rows.length > 0 && (
            <ul className="plain vm-list card" aria-label="Voicemails">
              {rows.map((v) => (
                <VoicemailRow key={v.id} voicemail={v} open={v.id === id} now={now} />
              ))}
            </ul>
          )}
          <OlderPager older={inbox.older} loading={!inbox.loaded} label="Load more" />
        </div>
        <div className="inbox-detail">
          {id ? (
            <VoicemailPanel key={id} id={id} onChange={change} onDeleted={onDeleted} />
          ) : (
            <div className="card empty inbox-placeholder">
              Open a voicemail to listen to it, handle it and comment.
            </div>
          )}
        </div>
      </div>
    </Page>
  );
}
