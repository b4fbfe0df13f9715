import { MENU_KEYS } from '@ringflow/shared';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import type { FieldErrors } from '../ui/field-errors.js';
import { FieldGroup } from './fields.js';
import { text } from './settings-props.js';
import { useRowKeys } from './use-row-keys.js';

export type KeyRow = { digit: string; label: string };

/** How one list of keys names itself: the words on its controls and errors. */
export interface KeyRowsWords {
  group: string;
  /** Said above an empty list. */
  empty?: ReactNode;
  /** e.g. "Option" or "Key": starts a row's error ("Option 2 needs a label"). */
  row: string;
  digitLabel(i: number): string;
  textLabel(i: number, digit: string): string;
  removeLabel(digit: string): string;
  placeholder: string;
  add: string;
}

/**
 * One row per key (the key, what it is for, remove) with an add button that
 * picks the first free key: a phone menu's options and a voicemail's keys
 * during the greeting. `path` is where the list sits in the node's data,
 * for its errors (`options.1.label`).
 *
 * @example
 * <KeyRows path="options" rows={options} errors={errors} words={MENU_WORDS} onChange={setOptions} />
 */
export function KeyRows({
  path,
  rows,
  errors,
  words,
  firstKeys = [],
  onChange,
}: {
  path: string;
  rows: KeyRow[];
  errors: FieldErrors;
  words: KeyRowsWords;
  /** Keys offered first by the add button, before the keypad's order. */
  firstKeys?: readonly string[];
  onChange(rows: KeyRow[]): void;
}) {
  const ids = useRowKeys(rows.length);
  const setRow = (i: number, patch: Partial<KeyRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const used = new Set(rows.map((r) => r.digit));
  const nextKey = [...firstKeys, ...MENU_KEYS].find((k) => !used.has(k));

  return (
    <>
      <FieldGroup label={words.group} error={errors[path]}>
        {rows.length === 0 && words.empty && <p className="hint">{words.empty}</p>}
        <ul className="row-list">
          {rows.map((row, i) => {
            const error = errors[`${path}.${i}.digit`] ?? errors[`${path}.${i}.label`];
            return (
              <li key={ids.keys[i]} className="row">
                <select
                  aria-label={words.digitLabel(i)}
                  className="digit-select"
                  value={row.digit}
                  onChange={(e) => setRow(i, { digit: e.target.value })}
                >
                  {MENU_KEYS.map((k) => (
                    <option key={k} value={k} disabled={k !== row.digit && used.has(k)}>
                      {k}
                    </option>
                  ))}
                </select>
                <input
                  className="row-main"
                  aria-label={words.textLabel(i, row.digit)}
                  placeholder={words.placeholder}
                  value={text(row.label)}
                  onChange={(e) => setRow(i, { label: e.target.value })}
                />
                <button
                  type="button"
                  className="ghost icon"
                  aria-label={words.removeLabel(row.digit)}
                  onClick={() => {
                    ids.remove(i);
                    onChange(rows.filter((_, j) => j !== i));
                  }}
                >
                  <X size={14} aria-hidden="true" />
                </button>
                {error && (
                  <span className="field-error row-error">
                    {words.row} {i + 1} {error}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </FieldGroup>
      <button
        type="button"
        disabled={!nextKey}
        onClick={() => nextKey && onChange([...rows, { digit: nextKey, label: '' }])}
      >
        {words.add}
      </button>
    </>
  );
}
