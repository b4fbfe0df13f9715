import type { FieldErrors } from '../../ui/field-errors.js';
import { type KeyRow, KeyRows, type KeyRowsWords } from '../KeyRows.js';

const WORDS: KeyRowsWords = {
  group: 'Keys during the greeting',
  empty:
    'None: the caller can only leave a message. Add a key to offer another way, such as "press 0 for an urgent matter".',
  row: 'Key',
  digitLabel: (i) => `Key ${i + 1}`,
  textLabel: (_i, digit) => `What key ${digit} is for`,
  removeLabel: (digit) => `Remove key ${digit}`,
  placeholder: 'Urgent',
  add: 'Add a key',
};

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
  onChange(keys: KeyRow[]): void;
}) {
  const keys = (Array.isArray(value) ? value : []) as KeyRow[];
  // 0 first: "press 0 for an urgent matter" is the usual choice.
  return (
    <KeyRows
      path="keys"
      rows={keys}
      errors={errors}
      words={WORDS}
      firstKeys={['0']}
      onChange={onChange}
    />
  );
}
