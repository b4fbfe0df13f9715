import { useRef } from 'react';

let counter = 0;

/**
 * Stable React keys for the rows of an editable list whose items have no id
 * of their own (menu options, ring targets). A key made from the content
 * would change at every keystroke and remount the input under the cursor;
 * `remove(i)` drops the key of the removed row so the others keep theirs.
 */
export function useRowKeys(length: number): { keys: string[]; remove(index: number): void } {
  const keys = useRef<string[]>([]);
  while (keys.current.length < length) keys.current.push(`row-${++counter}`);
  if (keys.current.length > length) keys.current.length = length;
  return {
    keys: keys.current,
    remove: (index) => {
      keys.current.splice(index, 1);
    },
  };
}
