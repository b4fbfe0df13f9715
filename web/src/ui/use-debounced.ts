import { useEffect, useState } from 'react';

/**
 * `value`, once it has stopped changing for `ms`: a search box asks the
 * server when the typing pauses, not at every key.
 *
 * @example
 * const q = useDebounced(input, 300);
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
