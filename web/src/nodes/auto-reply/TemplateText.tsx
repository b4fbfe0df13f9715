import { TEMPLATE_VARIABLES } from '@ringflow/shared';
import { useRef } from 'react';
import { smsCounter } from '../../auto-replies/sms-counter.js';
import { Field } from '../fields.js';
import { text as asText } from '../settings-props.js';

interface TemplateTextProps {
  label: string;
  value: unknown;
  error?: string | undefined;
  /** A line above the counter: when this text is used. */
  note?: string;
  onChange(value: string): void;
}

/** A text message with its live segment counter and buttons that insert {{variables}} at the cursor. */
export function TemplateText({ label, value, error, note, onChange }: TemplateTextProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const current = asText(value);
  const counter = smsCounter(current);
  const insert = (name: string) => {
    const el = area.current;
    const at = el?.selectionStart ?? current.length;
    const end = el?.selectionEnd ?? at;
    const token = `{{${name}}}`;
    onChange(current.slice(0, at) + token + current.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + token.length, at + token.length);
    });
  };
  return (
    <>
      <Field
        label={label}
        error={error}
        hint={
          <>
            {note && <span className="template-note">{note} </span>}
            <span className="sms-counter">{counter.line}</span>
            {counter.note && <span className="sms-counter-note"> {counter.note}</span>}
          </>
        }
      >
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            ref={area}
            rows={4}
            value={current}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </Field>
      <fieldset className="variable-chips">
        <legend className="muted">Insert into {label.toLowerCase()}</legend>
        {TEMPLATE_VARIABLES.map((v) => (
          <button
            key={v.name}
            type="button"
            className="chip"
            title={`${v.description} (e.g. ${v.example})`}
            onClick={() => insert(v.name)}
          >
            {v.name}
          </button>
        ))}
      </fieldset>
    </>
  );
}
