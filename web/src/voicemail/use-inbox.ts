import { useCallback, useState } from 'react';
import { api } from '../api/client.js';
import { messageOf } from '../ui/field-errors.js';
import { useResource } from '../ui/use-resource.js';
import { inboxRows, type RowChanges } from './inbox-list.js';
import { type InboxFilters, inboxQuery } from './inbox-query.js';
import type { VoicemailSummary, VoicemailsReply } from './types.js';

/** Older pages and row changes, valid for the first page they were made on. */
interface Extra {
  base: VoicemailsReply | undefined;
  older: VoicemailsReply[];
  changes: RowChanges;
}

/**
 * The inbox for the filters: the newest page, older pages on demand ("Load
 * more"), and the page's own changes to rows. Loading the first page again
 * (other filters, a refresh) starts over from it.
 *
 * @example
 * const inbox = useInbox(filters);
 * inbox.change(id, { read: true });
 */
export function useInbox(filters: InboxFilters) {
  const query = inboxQuery(filters);
  const first = useResource(`voicemails:${query}`, () => api<VoicemailsReply>('GET', query));
  const [extra, setExtra] = useState<Extra>({ base: undefined, older: [], changes: {} });
  const [more, setMore] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  const current: Extra =
    extra.base === first.data ? extra : { base: first.data, older: [], changes: {} };
  const pages = first.data ? [first.data, ...current.older] : [];
  const nextBefore = pages.at(-1)?.nextBefore ?? null;
  const base = first.data;

  const change = useCallback(
    (id: string, fields: Partial<VoicemailSummary> | null) =>
      setExtra((e) => {
        const valid = e.base === base ? e : { base, older: [], changes: {} };
        const previous = valid.changes[id];
        const next = fields === null || previous === null ? null : { ...previous, ...fields };
        return { ...valid, changes: { ...valid.changes, [id]: next } };
      }),
    [base],
  );

  const loadMore = async () => {
    if (!nextBefore) return;
    setMore({ busy: true, error: null });
    try {
      const page = await api<VoicemailsReply>('GET', inboxQuery(filters, nextBefore));
      setExtra((e) => {
        const valid = e.base === base ? e : { base, older: [], changes: {} };
        return { ...valid, older: [...valid.older, page] };
      });
      setMore({ busy: false, error: null });
    } catch (e) {
      setMore({ busy: false, error: messageOf(e) });
    }
  };

  return {
    rows: inboxRows(pages, current.changes),
    /** The first page is loading (not an older one). */
    loading: first.loading,
    loaded: first.data !== undefined && !first.stale,
    error: first.error,
    reload: first.reload,
    nextBefore,
    more,
    loadMore,
    change,
  };
}
