import { useState } from 'react';
import { api } from '../api/client.js';
import type { PhoneNumber } from '../api/types.js';
import { Field } from '../ui/Field.js';
import { FormFooter } from '../ui/FormFooter.js';
import { Modal } from '../ui/Modal.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { EventCheckboxes } from './EventCheckboxes.js';
import { EVENT_TYPES, type EventType, type WebhookEndpoint } from './types.js';

/** Adds an outgoing webhook: where to, for which number, which events. */
export function WebhookForm({
  numbers,
  onClose,
  onAdded,
}: {
  numbers: PhoneNumber[];
  onClose(): void;
  onAdded(endpoint: WebhookEndpoint): void;
}) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [numberId, setNumberId] = useState('');
  const [events, setEvents] = useState<EventType[]>([...EVENT_TYPES]);
  const form = useFormSubmit({
    check: (): Record<string, string> =>
      events.length === 0 ? { events: 'Choose at least one event' } : {},
    send: () =>
      api<WebhookEndpoint>('POST', '/webhooks', {
        url: url.trim(),
        description: description.trim(),
        numberId: numberId || null,
        events,
      }),
    onSent: onAdded,
  });
  const { errors } = form;

  return (
    <Modal title="Add a webhook" onClose={onClose}>
      <form aria-label="Webhook" onSubmit={(e) => void form.submit(e)}>
        <Field
          label="URL"
          error={errors.url}
          hint="Ringflow POSTs signed JSON here for each event."
        >
          <input
            type="url"
            required
            value={url}
            placeholder="https://example.com/ringflow"
            onChange={(e) => setUrl(e.target.value)}
          />
        </Field>
        <Field label="Description" error={errors.description}>
          <input
            value={description}
            placeholder="CRM, ticket tool…"
            onChange={(e) => setDescription(e.target.value)}
          />
        </Field>
        <Field label="Number" error={errors.numberId}>
          <select value={numberId} onChange={(e) => setNumberId(e.target.value)}>
            <option value="">All numbers</option>
            {numbers.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name} ({n.number})
              </option>
            ))}
          </select>
        </Field>
        <EventCheckboxes legend="Events" value={events} onChange={setEvents} />
        {errors.events && <p className="field-error">{errors.events}</p>}
        <FormFooter
          failure={form.failure}
          busy={form.busy}
          saveLabel="Add webhook"
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
