import { type FormEvent, useState } from 'react';
import { Field } from '../admin/Field.js';
import { FormFooter } from '../admin/FormFooter.js';
import { fieldErrorsOf, messageOf } from '../admin/field-errors.js';
import { Modal } from '../admin/Modal.js';
import { api } from '../api/client.js';
import type { PhoneNumber } from '../api/types.js';
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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (events.length === 0) return setErrors({ events: 'Choose at least one event' });
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      const endpoint = await api<WebhookEndpoint>('POST', '/webhooks', {
        url: url.trim(),
        description: description.trim(),
        numberId: numberId || null,
        events,
      });
      onAdded(endpoint);
    } catch (e) {
      const fields = fieldErrorsOf(e);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Add a webhook" onClose={onClose}>
      <form aria-label="Webhook" onSubmit={(e) => void submit(e)}>
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
        <FormFooter failure={failure} busy={busy} saveLabel="Add webhook" onCancel={onClose} />
      </form>
    </Modal>
  );
}
