import { useState } from 'react';
import { messageOf } from './field-errors.js';
import { ErrorBox } from './status.js';

/** A page of a list, with the cursor of the next (a time, an id) or null on the last. */
interface PageReply {
  nextBefore: unknown;
}

export interface OlderPages<P extends PageReply> {
  /** The first page and the older ones loaded for the same `key`, in order. */
  pages: P[];
  nextBefore: P['nextBefore'];
  busy: boolean;
  error: string | null;
  loadOlder: () => Promise<void>;
}

/**
 * A list's first page and the older pages loaded on demand. Older pages belong
 * to the `key` (the filters) they were loaded with: another key starts over.
 *
 * @example
 * const older = useOlderPages(action, first.data, (before) => api('GET', auditQuery(action, before)));
 */
export function useOlderPages<P extends PageReply>(
  key: string,
  first: P | undefined,
  fetchOlder: (before: NonNullable<P['nextBefore']>) => Promise<P>,
): OlderPages<P> {
  const [older, setOlder] = useState<{ key: string; pages: P[] }>({ key: '', pages: [] });
  const [state, setState] = useState({ busy: false, error: null as string | null });
  const pages = first ? [first, ...(older.key === key ? older.pages : [])] : [];
  const nextBefore: P['nextBefore'] = pages.at(-1)?.nextBefore ?? null;
  const loadOlder = async () => {
    if (nextBefore === null) return;
    setState({ busy: true, error: null });
    try {
      const page = await fetchOlder(nextBefore as NonNullable<P['nextBefore']>);
      setOlder({ key, pages: [...(older.key === key ? older.pages : []), page] });
      setState({ busy: false, error: null });
    } catch (e) {
      setState({ busy: false, error: messageOf(e) });
    }
  };
  return { pages, nextBefore, ...state, loadOlder };
}

/** "Load older" under a list, with the error of the last try. */
export function OlderPager({
  older,
  loading,
}: {
  older: OlderPages<PageReply>;
  /** The first page is still loading: no button yet. */
  loading: boolean;
}) {
  return (
    <div className="pager">
      {older.error && (
        <ErrorBox error={new Error(older.error)} retry={() => void older.loadOlder()} />
      )}
      {older.nextBefore !== null && !loading && (
        <button type="button" disabled={older.busy} onClick={() => void older.loadOlder()}>
          {older.busy ? 'Loading…' : 'Load older'}
        </button>
      )}
    </div>
  );
}
