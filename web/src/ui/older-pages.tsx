import { useState } from 'react';
import { ErrorBox } from './status.js';
import { type Resource, useResource } from './use-resource.js';

/** A page of a list, with the cursor of the next (a time, an id) or null on the last. */
interface PageReply {
  nextBefore: unknown;
}

/** The older pages loaded so far, and the first page's load they follow. */
interface Held<P> {
  base: string | null;
  pages: P[];
}

export interface OlderPages<P extends PageReply> {
  /** The first page and the older ones loaded after it, in order. */
  pages: P[];
  nextBefore: P['nextBefore'];
  busy: boolean;
  /** Why the last older page did not load (null when it did); `loadOlder` tries it again. */
  error: unknown;
  /** Loads the next older page, or the one that failed again. */
  loadOlder: () => void;
}

/**
 * A list's first page and the older pages loaded on demand, through
 * useResource like every other read: loading, an error with retry, the data.
 * Older pages belong to the load of the first page they follow: other
 * filters or a refresh start over from the new first page.
 *
 * @example
 * const first = useResource(`audit:${action}`, () => api('GET', auditQuery(action)));
 * const older = useOlderPages(first, (before) => api('GET', auditQuery(action, before)));
 */
export function useOlderPages<P extends PageReply>(
  first: Pick<Resource<P>, 'data' | 'version'>,
  fetchOlder: (before: NonNullable<P['nextBefore']>) => Promise<P>,
): OlderPages<P> {
  const base = first.data ? first.version : null;
  // How many older pages are wanted after that first page.
  const [wanted, setWanted] = useState<{ base: string | null; count: number }>({
    base: null,
    count: 0,
  });
  const count = wanted.base === base ? wanted.count : 0;
  const older: Resource<Held<P>> = useResource(`older:${base}:${count}`, async () => {
    const held = older.data?.base === base ? older.data.pages.slice(0, count - 1) : [];
    const cursor = (held.at(-1) ?? first.data)?.nextBefore ?? null;
    if (count === 0 || cursor === null) return { base, pages: held };
    const page = await fetchOlder(cursor as NonNullable<P['nextBefore']>);
    return { base, pages: [...held, page] };
  });
  const held = older.data?.base === base ? older.data.pages : [];
  const pages = first.data ? [first.data, ...held] : [];
  const nextBefore: P['nextBefore'] = pages.at(-1)?.nextBefore ?? null;
  // Also in the moment between asking and the load starting.
  const busy = count > 0 && !older.error && (older.loading || held.length < count);
  const loadOlder = () => {
    if (busy) return;
    if (older.error) return older.reload();
    if (nextBefore === null || held.length !== count) return;
    setWanted({ base, count: count + 1 });
  };
  return { pages, nextBefore, busy, error: older.error ?? null, loadOlder };
}

/** "Load older" under a list, with the error of the last try and its retry. */
export function OlderPager({
  older,
  loading,
  label = 'Load older',
}: {
  older: OlderPages<PageReply>;
  /** The first page is still loading: no button yet. */
  loading: boolean;
  label?: string;
}) {
  return (
    <div className="pager">
      {older.error ? <ErrorBox error={older.error} retry={older.loadOlder} /> : null}
      {older.nextBefore !== null && !loading && (
        <button type="button" disabled={older.busy} onClick={older.loadOlder}>
          {older.busy ? 'Loading…' : label}
        </button>
      )}
    </div>
  );
}
