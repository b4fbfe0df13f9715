/** The inbox's views: everything, the ones still to handle, the handled ones, mine. */
export type InboxView = 'all' | 'new' | 'handled' | 'mine';

export const INBOX_VIEWS: readonly { id: InboxView; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'new', label: 'New' },
  { id: 'handled', label: 'Handled' },
  { id: 'mine', label: 'Assigned to me' },
];

export interface InboxFilters {
  view: InboxView;
  /** '' for every number. */
  numberId: string;
  /** Searched in transcripts and callers' numbers; '' for none. */
  q: string;
}

export const NO_FILTERS: InboxFilters = { view: 'all', numberId: '', q: '' };

/**
 * The request of GET /voicemails for the filters and the page.
 *
 * @example
 * inboxQuery({ view: 'mine', numberId: '', q: '555 0123' })
 * // "/voicemails?limit=50&assignee=me&q=555+0123"
 */
export function inboxQuery(filters: InboxFilters, before?: string | null): string {
  const params = new URLSearchParams({ limit: '50' });
  if (filters.view === 'new' || filters.view === 'handled') params.set('status', filters.view);
  if (filters.view === 'mine') params.set('assignee', 'me');
  if (filters.numberId) params.set('numberId', filters.numberId);
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (before) params.set('before', before);
  return `/voicemails?${params}`;
}

/** True when some filter narrows the list (for "No voicemails match" rather than "No voicemails yet"). */
export function isFiltered(filters: InboxFilters): boolean {
  return filters.view !== 'all' || filters.numberId !== '' || filters.q.trim() !== '';
}
