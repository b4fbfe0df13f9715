import { useCallback, useState } from 'react';
import { api } from '../api/client.js';
import { useOlderPages } from '../ui/older-pages.js';
import { useResource } from '../ui/use-resource.js';
import { inboxRows, type RowChanges } from './inbox-list.js';
import { type InboxFilters, inboxQuery } from './inbox-query.js';
import type { VoicemailSummary, VoicemailsReply } from './types.js';

/**
 * The inbox for the filters: the newest page, older pages on demand ("Load
 * more", with its own error and retry), and the page's own changes to rows.
 * Loading the first page again (other filters, a refresh) starts over from it.
 *
 * @example
 * const inbox = useInbox(filters);
 * inbox.change(id, { read: true });
 */
export function useInbox(filters: InboxFilters) {
  const query = inboxQuery(filters);
  const first = useResource(`voicemails:${query}`, () => api<VoicemailsReply>('GET', query));
  const older = useOlderPages(first, (before) =>
    api<VoicemailsReply>('GET', inboxQuery(filters, before)),
  );
  // Row changes belong to the load of the first page they were made on.
  const base = first.version;
  const [changes, setChanges] = useState<{ base: string | null; rows: RowChanges }>({
    base: null,
    rows: {},
  });
  const current = changes.base === base ? changes.rows : {};

  const change = useCallback(
    (id: string, fields: Partial<VoicemailSummary> | null) =>
      setChanges((c) => {
        const rows = c.base === base ? c.rows : {};
        const previous = rows[id];
        const next = fields === null || previous === null ? null : { ...previous, ...fields };
        return { base, rows: { ...rows, [id]: next } };
      }),
    [base],
  );

  return {
    rows: inboxRows(older.pages, current),
    /** The first page is loading (not an older one). */
    loading: first.loading,
    loaded: first.data !== undefined && !first.stale,
    error: first.error,
    reload: first.reload,
    /** "Load more": the older pages, their busy flag, error and retry. */
    older,
    change,
  };
}
