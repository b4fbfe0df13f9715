import { useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
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
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    loader
      .current()
      .then((value) => live && setData(value))
      .catch((e) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [key, attempt]);
  return { data, error, loading, reload: () => setAttempt((n) => n + 1), set: setData };
}
