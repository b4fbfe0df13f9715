import { PhoneNumberSchema } from '@ringflow/shared';
import { Send } from 'lucide-react';
import { useState } from 'react';
import { api } from '../api/client.js';
import type { PhoneNumber } from '../api/types.js';
import { Field } from '../ui/Field.js';
import { type FieldErrors, messageOf } from '../ui/field-errors.js';
import { normalisePhone, viewerPhoneCountryName } from '../ui/phone.js';
import { SmsText } from '../ui/SmsText.js';
import { loadSetup } from '../ui/setup.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { textError } from './rule-form.js';
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

/** What became of a queued text, with whether Twilio can send it yet. */
async function queuedLine(contact: string): Promise<string> {
  try {
    const setup = await loadSetup();
    return setup.twilio.ready
      ? `Text to ${contact} queued`
      : `Text to ${contact} queued, but Twilio is not set up: it goes out once the server has its credentials`;
  } catch (e) {
    return `Text to ${contact} queued; whether Twilio can send it could not be checked (${messageOf(e)})`;
  }
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
  const [sent, setSent] = useState<string | null>(null);
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));
  const numberId = draft.numberId || numbers[0]?.id || '';
  const form = useFormSubmit({
    check: () => {
      setSent(null);
      return checkSendText({ ...draft, numberId });
    },
    send: async () => {
      const message = await api<Message>(
        'POST',
        `/numbers/${encodeURIComponent(numberId)}/messages`,
        { to: normalisePhone(draft.to), body: draft.body },
      );
      onSent(message);
      set({ body: '' });
      setSent(await queuedLine(message.contact));
    },
  });
  const { errors } = form;
  const status = form.failure
    ? { error: true, text: form.failure }
    : sent && { error: false, text: sent };

  return (
    <form className="card send-text" onSubmit={form.submit} noValidate aria-label="Send a text">
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
      <SmsText
        label="Text"
        value={draft.body}
        error={errors.body}
        onChange={(body) => set({ body })}
      />
      <div className="form-footer">
        {status && (
          <span className={status.error ? 'error' : 'saved'} role="status">
            {status.text}
          </span>
        )}
        <button type="submit" className="primary" disabled={form.busy || numbers.length === 0}>
          <Send size={14} aria-hidden="true" /> {form.busy ? 'Sending…' : 'Send text'}
        </button>
      </div>
    </form>
  );
}
