import './sms-text.css';
import { type ReactNode, useRef } from 'react';
import { Field } from './Field.js';
import { smsCounter } from './sms-counter.js';
import { VariableChips } from './VariableChips.js';

interface SmsTextProps {
  label: string;
  value: string;
  /** What is wrong, as a whole sentence. */
  error?: string | undefined;
  /** A line under the counter: when this text is used. */
  note?: ReactNode;
  /** Shown instead of the counter while the text is empty: what leaving it empty means. */
  emptyNote?: string;
  /** Sample values the counter fills variables with, so it counts the text as it goes out. */
  values?: Readonly<Record<string, string>> | undefined;
  /** Buttons under the text that insert a {{variable}} at the cursor. */
  chips?: boolean;
  rows?: number;
  onChange(value: string): void;
  onFocus?(el: HTMLTextAreaElement): void;
  /** The textarea, for a caller that inserts into the text itself (one row of chips for several texts). */
  area?: (el: HTMLTextAreaElement | null) => void;
}

/**
 * A text message being written: the textarea, its live counter (length,
 * encoding, segments, a warning when long) and, when asked, the variable
 * chips. The one editor for every text the product sends.
 *
 * @example
 * <SmsText label="In-hours text" value={text} error={error} chips onChange={setText} />
 */
export function SmsText({
  label,
  value,
  error,
  note,
  emptyNote,
  values,
  chips = false,
  rows = 3,
  onChange,
  onFocus,
  area,
}: SmsTextProps) {
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  return (
    <>
      <Field label={label} error={error} hint={note} className="text-field">
        {({ id, describedBy, invalid }) => (
          <>
            <textarea
              id={id}
              ref={(el) => {
                textarea.current = el;
                area?.(el);
              }}
              rows={rows}
              value={value}
              aria-invalid={invalid}
              aria-describedby={[`${id}-counter`, describedBy].filter(Boolean).join(' ')}
              onChange={(e) => onChange(e.target.value)}
              onFocus={(e) => onFocus?.(e.currentTarget)}
            />
            {emptyNote && value.trim() === '' ? (
              <small id={`${id}-counter`} className="hint">
                {emptyNote}
              </small>
            ) : (
              <SmsCounterLine id={`${id}-counter`} text={value} values={values} />
            )}
          </>
        )}
      </Field>
      {chips && (
        <VariableChips
          target={label.toLowerCase()}
          onInsert={(token) => onChange(insertAtCursor(textarea.current, value, token))}
        />
      )}
    </>
  );
}

function SmsCounterLine({
  text,
  values,
  id,
}: {
  text: string;
  values?: Readonly<Record<string, string>> | undefined;
  id: string;
}) {
  const counter = smsCounter(text, values);
  return (
    <small id={id} className={`sms-counter ${counter.level}`} aria-live="polite">
      <span className="sms-counter-line">{counter.line}</span>
      {counter.note && <span className="sms-counter-note">{counter.note}</span>}
    </small>
  );
}

/**
 * The text with `token` in place of the selection of `el` (or at the end),
 * and the cursor put after it once React has drawn the new text.
 *
 * @example
 * onChange(insertAtCursor(areaRef.current, text, '{{caller.number}}'));
 */
export function insertAtCursor(
  el: HTMLTextAreaElement | null | undefined,
  current: string,
  token: string,
): string {
  const at = el?.selectionStart ?? current.length;
  const end = el?.selectionEnd ?? at;
  requestAnimationFrame(() => {
    el?.focus();
    el?.setSelectionRange(at + token.length, at + token.length);
  });
  return current.slice(0, at) + token + current.slice(end);
}
