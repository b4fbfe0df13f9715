import { MENU_KEYS } from '@ringflow/shared';
import { X } from 'lucide-react';
import type { FieldErrors } from '../../designer/field-errors.js';
import { FieldGroup } from '../fields.js';
import { text } from '../settings-props.js';
import { useRowKeys } from '../use-row-keys.js';

type Key = { digit: string; label: string };

/**
 * The keys a caller may press during the voicemail greeting ("press 0 for
 * an urgent matter"), one row each (key + what it is for); each becomes an
 * outcome of the step, to connect on the canvas.
 */
export function GreetingKeys({
  value,
  errors,
  onChange,
}: {
  value: unknown;
  errors: FieldErrors;
  onChange(keys: Key[]): void;
}) {
  const keys = (Array.isArray(value) ? value : []) as Key[];
  const rows = useRowKeys(keys.length);
  const setKey = (i: number, patch: Partial<Key>) =>
    onChange(keys.map((k, j) => (j === i ? { ...k, ...patch } : k)));
  const used = new Set(keys.map((k) => k.digit));
  // 0 first: "press 0 for an urgent matter" is the usual choice.
  const nextKey = ['0', ...MENU_KEYS].find((k) => !used.has(k));

  return (
    <>
      <FieldGroup label="Keys during the greeting" error={errors.keys}>
        {keys.length === 0 && (
          <p className="hint">
            None: the caller can only leave a message. Add a key to offer another way, such as
            "press 0 for an urgent matter".
          </p>
        )}
        <ul className="row-list">
          {keys.map((k, i) => (
            <li key={rows.keys[i]} className="row">
              <select
                aria-label={`Key ${i + 1}`}
                className="digit-select"
                value={k.digit}
                onChange={(e) => setKey(i, { digit: e.target.value })}
              >
                {MENU_KEYS.map((d) => (
                  <option key={d} value={d} disabled={d !== k.digit && used.has(d)}>
                    {d}
                  </option>
                ))}
              </select>
              <input
                className="row-main"
                aria-label={`What key ${k.digit} is for`}
                placeholder="Urgent"
                value={text(k.label)}
                onChange={(e) => setKey(i, { label: e.target.value })}
              />
              <button
                type="button"
                className="ghost icon"
                aria-label={`Remove key ${k.digit}`}
                onClick={() => {
                  rows.remove(i);
                  onChange(keys.filter((_, j) => j !== i));
                }}
              >
                <X size={14} aria-hidden="true" />
              </button>
              {(errors[`keys.${i}.digit`] || errors[`keys.${i}.label`]) && (
                <span className="field-error row-error">
                  Key {i + 1} {errors[`keys.${i}.digit`] ?? errors[`keys.${i}.label`]}
                </span>
              )}
            </li>
          ))}
        </ul>
      </FieldGroup>
      <button
        type="button"
        disabled={!nextKey}
        onClick={() => nextKey && onChange([...keys, { digit: nextKey, label: '' }])}
      >
        Add a key
      </button>
    </>
  );
}
