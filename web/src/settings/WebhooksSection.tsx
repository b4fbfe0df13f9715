import { Plus } from 'lucide-react';
import { useState } from 'react';
import { api } from '../api/client.js';
import type { PhoneNumber } from '../api/types.js';
import { ErrorBox, Loading } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import type { WebhooksReply } from './types.js';
import { WebhookCard } from './WebhookCard.js';
import { WebhookForm } from './WebhookForm.js';

/** Outgoing webhooks: signed JSON to other tools for voicemails, missed calls and texts. */
export function WebhooksSection({ numbers }: { numbers: PhoneNumber[] }) {
  const hooks = useResource('webhooks', () => api<WebhooksReply>('GET', '/webhooks'));
  const [adding, setAdding] = useState(false);
  const list = hooks.data?.webhooks ?? [];
  return (
    <section className="card settings-section" aria-labelledby="webhooks-title">
      <header className="section-header">
        <h2 id="webhooks-title">Webhooks</h2>
        <button type="button" onClick={() => setAdding(true)}>
          <Plus size={14} aria-hidden="true" /> Add webhook
        </button>
      </header>
      <p className="muted small-text">
        Each event is POSTed as JSON, signed with the webhook's secret, and retried when the
        receiver fails. See docs/notifications.md for the format and how to check the signature.
      </p>
      {hooks.error ? <ErrorBox error={hooks.error} retry={hooks.reload} /> : null}
      {!hooks.data && !hooks.error && <Loading what="webhooks" />}
      {hooks.data && list.length === 0 && <p className="empty">No webhooks yet.</p>}
      <div className="webhook-list">
        {list.map((w) => (
          <WebhookCard
            key={w.id}
            endpoint={w}
            numbers={numbers}
            onChanged={(changed) =>
              hooks.set({ webhooks: list.map((x) => (x.id === changed.id ? changed : x)) })
            }
            onDeleted={(id) => hooks.set({ webhooks: list.filter((x) => x.id !== id) })}
          />
        ))}
      </div>
      {adding && (
        <WebhookForm
          numbers={numbers}
          onClose={() => setAdding(false)}
          onAdded={(w) => {
            hooks.set({ webhooks: [...list, w] });
            setAdding(false);
          }}
        />
      )}
    </section>
  );
}
