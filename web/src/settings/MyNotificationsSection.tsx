import { useState } from 'react';
import { api } from '../api/client.js';
import type { PhoneNumber } from '../api/types.js';
import { ErrorBox, Loading } from '../ui/status.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { useResource } from '../ui/use-resource.js';
import { EventCheckboxes } from './EventCheckboxes.js';
import { EVENT_TYPES, type EventType, type MyNotifications } from './types.js';

/** The signed-in user's e-mails: for which events and which numbers, and whether e-mail works at all. */
export function MyNotificationsSection({ numbers }: { numbers: PhoneNumber[] }) {
  const mine = useResource('my-notifications', () =>
    api<MyNotifications>('GET', '/me/notifications'),
  );
  return (
    <section className="card settings-section" aria-labelledby="my-notifications-title">
      <h2 id="my-notifications-title">My notifications</h2>
      {mine.error ? <ErrorBox error={mine.error} retry={mine.reload} /> : null}
      {!mine.data && !mine.error && <Loading what="your notifications" />}
      {mine.data && <MyNotificationsForm value={mine.data} numbers={numbers} onSaved={mine.set} />}
    </section>
  );
}

function MyNotificationsForm({
  value,
  numbers,
  onSaved,
}: {
  value: MyNotifications;
  numbers: PhoneNumber[];
  onSaved(value: MyNotifications): void;
}) {
  const [events, setEvents] = useState<EventType[]>(EVENT_TYPES.filter((e) => value.email[e]));
  const [numberIds, setNumberIds] = useState<string[] | null>(value.numberIds);
  // "Saved" stays only while the form shows what was saved.
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const current = JSON.stringify({ events, numberIds });

  const form = useFormSubmit({
    send: () => {
      const email = Object.fromEntries(EVENT_TYPES.map((e) => [e, events.includes(e)]));
      return api<MyNotifications>('PUT', '/me/notifications', { email, numberIds });
    },
    onSent: (saved) => {
      onSaved(saved);
      setSavedAs(current);
    },
  });
  const { busy } = form;
  // No field here has a place of its own: the first message goes above the button.
  const failure = form.failure ?? Object.values(form.errors)[0] ?? null;
  const toggleNumber = (id: string, on: boolean) =>
    setNumberIds((ids) => (on ? [...(ids ?? []), id] : (ids ?? []).filter((n) => n !== id)));

  return (
    <form aria-label="My notifications" onSubmit={(e) => void form.submit(e)}>
      {!value.emailReady && (
        <div className="banner warn" role="alert">
          <strong>E-mail is not set up, so Ringflow sends no e-mails.</strong>{' '}
          {value.emailProblem ?? (
            <>
              Set <code>SMTP_URL</code> and <code>MAIL_FROM</code> on the server.
            </>
          )}{' '}
          See <code>docs/notifications.md</code>. Your choices below are kept and apply once it is.
        </div>
      )}
      <p className="muted small-text">
        E-mails go to <strong>{value.address}</strong>, the address you sign in with.
      </p>
      <EventCheckboxes legend="E-mail me for" value={events} onChange={setEvents} />
      <fieldset className="choice-group">
        <legend>For</legend>
        <label className="choice">
          <input
            type="radio"
            name="my-numbers"
            checked={numberIds === null}
            onChange={() => setNumberIds(null)}
          />
          All numbers, including ones added later
        </label>
        <label className="choice">
          <input
            type="radio"
            name="my-numbers"
            checked={numberIds !== null}
            onChange={() => setNumberIds([])}
          />
          Only these numbers
        </label>
        {numberIds !== null && (
          <div className="choice-nested">
            {numbers.length === 0 && <p className="muted small-text">No numbers yet.</p>}
            {numbers.map((n) => (
              <label key={n.id} className="choice">
                <input
                  type="checkbox"
                  checked={numberIds.includes(n.id)}
                  onChange={(e) => toggleNumber(n.id, e.target.checked)}
                />
                {n.name} <span className="muted mono">{n.number}</span>
              </label>
            ))}
          </div>
        )}
      </fieldset>
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save my notifications'}
        </button>
        {savedAs === current && (
          <span className="ok-text small-text" role="status">
            Saved
          </span>
        )}
      </div>
    </form>
  );
}
