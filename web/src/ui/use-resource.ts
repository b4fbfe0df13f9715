import { useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** True while `data` belongs to an earlier key or attempt (a new one is loading). */
  stale: boolean;
  /**
   * Which load `data` came from (the key and the attempt), or null before the
   * first: it changes whenever a load brings new data, so what was built on
   * the data (older pages, a page's own edits) can start over.
   */
  version: string | null;
  reload(): void;
  /** Replaces the data after a change the page made itself. */
  set(value: T): void;
}

/**
 * Loads something from the server and keeps its loading and error state, so
 * every page shows one of: loading, an error with retry, or the data. It
 * loads again whenever `key` changes (for example the id in the URL).
 *
 * @example
 * const flow = useResource(`flow:${id}`, () => api<FlowDetail>('GET', `/flows/${id}`));
 */
export function useResource<T>(key: string, load: () => Promise<T>): Resource<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => {
    // The request this effect makes; a newer one (another key, a retry) makes this one's answer stale.
    const request = `${key}#${attempt}`;
    let live = true;
    setLoading(true);
    setError(null);
    loader
      .current()
      .then((value) => {
        if (!live) return;
        setData(value);
        setLoadedFor(request);
      })
      .catch((e) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [key, attempt]);
  return {
    data,
    error,
    loading,
    stale: loadedFor !== `${key}#${attempt}`,
    version: loadedFor,
    reload: () => setAttempt((n) => n + 1),
    set: setData,
  };
}
