import { PhoneNumberSchema } from '@ringflow/shared';
import { Send } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Field } from '../admin/Field.js';
import { type FieldErrors, fieldErrorsOf, messageOf } from '../admin/field-errors.js';
import { api } from '../api/client.js';
import type { PhoneNumber } from '../api/types.js';
import { normalisePhone, viewerPhoneCountryName } from '../ui/phone.js';
import { loadSetup } from '../ui/setup.js';
import { textError } from './rule-form.js';
import { SmsCounterLine } from './SmsCounterLine.js';
import type { Message } from './types.js';

/** Checks a team member's text before it is sent; keyed like the API's fields. */
export function checkSendText(draft: { numberId: string; to: string; body: string }): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.numberId) errors.numberId = 'Choose the number to send from';
  if (!PhoneNumberSchema.safeParse(normalisePhone(draft.to)).success)
    errors.to = `Use international format (+14155550123) or a ${viewerPhoneCountryName()} number`;
  if (!draft.body.trim()) errors.body = 'Write the text';
  else if ([...draft.body].length > 1600) errors.body = textError(draft.body) ?? 'Too long';
  return errors;
}

/**
 * A team member's text to a contact, sent through the outbox. It counts as a
 * conversation, so auto-replies to that contact hold back for a while.
 */
export function SendTextForm({
  numbers,
  onSent,
}: {
  numbers: PhoneNumber[];
  onSent(message: Message): void;
}) {
  const [draft, setDraft] = useState({ numberId: numbers[0]?.id ?? '', to: '', body: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));
  const numberId = draft.numberId || numbers[0]?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkSendText({ ...draft, numberId });
    setErrors(found);
    setStatus(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const message = await api<Message>(
        'POST',
        `/numbers/${encodeURIComponent(numberId)}/messages`,
        { to: normalisePhone(draft.to), body: draft.body },
      );
      onSent(message);
      set({ body: '' });
      const waiting = (await loadSetup().catch(() => null))?.twilio.ready === false;
      setStatus({
        error: false,
        text: waiting
          ? `Text to ${message.contact} queued, but Twilio is not set up: it goes out once the server has its credentials`
          : `Text to ${message.contact} queued`,
      });
    } catch (e) {
      const fields = fieldErrorsOf(e);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setStatus({ error: true, text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card send-text" onSubmit={submit} noValidate aria-label="Send a text">
      <h2>Send a text</h2>
      <div className="send-text-top">
        <Field label="From" error={errors.numberId}>
          <select value={numberId} onChange={(e) => set({ numberId: e.target.value })}>
            {numbers.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name} ({n.number})
              </option>
            ))}
          </select>
        </Field>
        <Field label="To" error={errors.to}>
          <input
            value={draft.to}
            inputMode="tel"
            placeholder="(415) 555-0123 or +14155550123"
            onChange={(e) => set({ to: e.target.value })}
            onBlur={() => set({ to: normalisePhone(draft.to) })}
          />
        </Field>
      </div>
      <Field label="Text" error={errors.body}>
        <textarea rows={3} value={draft.body} onChange={(e) => set({ body: e.target.value })} />
      </Field>
      <div className="form-footer">
        <SmsCounterLine text={draft.body} />
        {status && (
          <span className={status.error ? 'error' : 'saved'} role="status">
            {status.text}
          </span>
        )}
        <button type="submit" className="primary" disabled={busy || numbers.length === 0}>
          <Send size={14} aria-hidden="true" /> {busy ? 'Sending…' : 'Send text'}
        </button>
      </div>
    </form>
  );
}
