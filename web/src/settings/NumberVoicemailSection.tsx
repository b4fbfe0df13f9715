import './settings.css';
import { useRef, useState } from 'react';
import { api } from '../api/client.js';
import type { PhoneNumber } from '../api/types.js';
import { Field } from '../ui/Field.js';
import { ErrorBox, Loading } from '../ui/status.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { useResource } from '../ui/use-resource.js';
import { DeliveryTable } from './DeliveryTable.js';
import { EventCheckboxes } from './EventCheckboxes.js';
import { NumberSpeechSection } from './NumberSpeechForm.js';
import { TestResult } from './TestResult.js';
import type { EventType, NumberNotifications } from './types.js';
import { useTestSend } from './use-test-send.js';

/**
 * The number page's "Voicemail and notifications": whether Twilio keeps its
 * copy of recordings, the languages voicemails are transcribed in, and the
 * number's Slack channel with its test and log.
 */
export function NumberVoicemailSection({
  number,
  onSaved,
}: {
  number: PhoneNumber;
  onSaved(number: PhoneNumber): void;
}) {
  const base = `/numbers/${encodeURIComponent(number.id)}`;
  const notifications = useResource(`number-notifications:${number.id}`, () =>
    api<NumberNotifications>('GET', `${base}/notifications`),
  );
  return (
    <section className="card number-voicemail" aria-labelledby="number-voicemail-title">
      <h2 id="number-voicemail-title">Voicemail and notifications</h2>
      <ProviderCopySwitch number={number} onSaved={onSaved} />
      <NumberSpeechSection numberId={number.id} />
      <h3>Slack</h3>
      {notifications.error ? (
        <ErrorBox error={notifications.error} retry={notifications.reload} />
      ) : null}
      {!notifications.data && !notifications.error && <Loading what="Slack settings" />}
      {notifications.data && (
        <SlackForm
          path={`${base}/notifications`}
          value={notifications.data}
          onSaved={notifications.set}
          reload={notifications.reload}
        />
      )}
    </section>
  );
}

function ProviderCopySwitch({
  number,
  onSaved,
}: {
  number: PhoneNumber;
  onSaved(number: PhoneNumber): void;
}) {
  // Shown at once, put back if the server refuses.
  const [on, setOn] = useState(number.deleteProviderRecordings === true);
  const [saved, setSaved] = useState(false);
  const wanted = useRef(on);
  const form = useFormSubmit({
    send: () =>
      api<PhoneNumber>('PATCH', `/numbers/${encodeURIComponent(number.id)}`, {
        deleteProviderRecordings: wanted.current,
      }),
    shows: () => false,
    onSent: (next) => {
      onSaved(next);
      setOn(next.deleteProviderRecordings === true);
      setSaved(true);
    },
    onFailed: () => setOn(!wanted.current),
  });
  const busy = form.busy;
  const change = (next: boolean) => {
    wanted.current = next;
    setOn(next);
    setSaved(false);
    void form.submit();
  };
  const note = form.failure
    ? { ok: false, text: form.failure }
    : saved
      ? { ok: true, text: 'Saved' }
      : null;
  return (
    <div className="provider-copy">
      <label className="choice">
        <input
          type="checkbox"
          checked={on}
          disabled={busy}
          onChange={(e) => change(e.target.checked)}
        />
        Delete the recording from Twilio once Ringflow has copied it
      </label>
      <p className="muted small-text">
        Ringflow always keeps its own copy of each voicemail. With this on, Twilio's copy is deleted
        after the copy is stored, so the recording lives in one place only.
      </p>
      {note && (
        <p className={note.ok ? 'ok-text small-text' : 'error small-text'} role="status">
          {note.text}
        </p>
      )}
    </div>
  );
}

function SlackForm({
  path,
  value,
  onSaved,
  reload,
}: {
  path: string;
  value: NumberNotifications;
  onSaved(value: NumberNotifications): void;
  reload(): void;
}) {
  const [url, setUrl] = useState(value.slack.url ?? '');
  const [events, setEvents] = useState<EventType[]>(value.slack.events);
  const [saved, setSaved] = useState(false);
  const test = useTestSend(`${path}/slack/test`, () => reload());
  const dirty =
    url.trim() !== (value.slack.url ?? '') || events.join() !== value.slack.events.join();

  const form = useFormSubmit({
    send: () =>
      api<NumberNotifications>('PUT', path, { slack: { url: url.trim() || null, events } }),
    onSent: (reply) => {
      onSaved(reply);
      setSaved(true);
    },
  });
  const { busy, errors, failure } = form;

  return (
    <form className="slack-form" aria-label="Slack" onSubmit={(e) => void form.submit(e)}>
      <Field
        label="Slack incoming-webhook URL"
        error={errors['slack.url']}
        hint="From Slack: Apps → Incoming Webhooks → Add to a channel. Empty: no Slack messages."
      >
        <input
          type="url"
          value={url}
          placeholder="https://hooks.slack.com/services/…"
          onChange={(e) => setUrl(e.target.value)}
        />
      </Field>
      <EventCheckboxes legend="Post to Slack for" value={events} onChange={setEvents} />
      {errors['slack.events'] && <p className="field-error">{errors['slack.events']}</p>}
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !dirty}>
          {busy ? 'Saving…' : 'Save Slack settings'}
        </button>
        <button
          type="button"
          disabled={test.busy || !value.slack.url || dirty}
          title={dirty ? 'Save first: the test goes to the saved URL' : undefined}
          onClick={() => void test.send()}
        >
          {test.busy ? 'Sending…' : 'Send a test message'}
        </button>
        {saved && !dirty && (
          <span className="ok-text small-text" role="status">
            Slack settings saved
          </span>
        )}
        <TestResult delivery={test.delivery} failure={test.failure} />
      </div>
      <h3>Recent Slack deliveries</h3>
      <DeliveryTable deliveries={value.deliveries} label="Recent Slack deliveries" />
    </form>
  );
}
