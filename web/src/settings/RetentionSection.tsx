import { useState } from 'react';
import { api } from '../api/client.js';
import { exactTime } from '../ui/dates.js';
import { Field } from '../ui/Field.js';
import { ErrorBox, Loading } from '../ui/status.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { useResource } from '../ui/use-resource.js';
import { daysText, parseDays } from './retention-form.js';
import type { Retention } from './types.js';

type DaysKey = 'voicemailDays' | 'callDays' | 'messageDays';

const FIELDS: { key: DaysKey; label: string }[] = [
  { key: 'voicemailDays', label: 'Delete voicemail audio and transcripts after' },
  { key: 'callDays', label: 'Delete calls after' },
  { key: 'messageDays', label: 'Delete messages after' },
];

/** How long recordings, calls and texts are kept; only the owner may change it. */
export function RetentionSection({ owner }: { owner: boolean }) {
  const retention = useResource('retention', () => api<Retention>('GET', '/settings/retention'));
  return (
    <section className="card settings-section" aria-labelledby="retention-title">
      <h2 id="retention-title">Data retention</h2>
      <p className="muted small-text">
        Ringflow deletes older data when it starts and then once a day. Empty keeps it for ever. A
        voicemail whose recording is deleted stays in the inbox, marked “deleted by retention”. See
        docs/data.md.
      </p>
      {retention.error ? <ErrorBox error={retention.error} retry={retention.reload} /> : null}
      {!retention.data && !retention.error && <Loading what="retention" />}
      {retention.data && (
        <RetentionForm value={retention.data} owner={owner} onSaved={retention.set} />
      )}
    </section>
  );
}

function RetentionForm({
  value,
  owner,
  onSaved,
}: {
  value: Retention;
  owner: boolean;
  onSaved(value: Retention): void;
}) {
  const [texts, setTexts] = useState<Record<DaysKey, string>>({
    voicemailDays: daysText(value.voicemailDays),
    callDays: daysText(value.callDays),
    messageDays: daysText(value.messageDays),
  });
  const [saved, setSaved] = useState(false);
  const parsed = FIELDS.map(({ key }) => ({ key, parsed: parseDays(texts[key]) }));
  const form = useFormSubmit({
    check: () => {
      setSaved(false);
      const found: Record<string, string> = {};
      for (const { key, parsed: p } of parsed) if (!p.ok) found[key] = p.error;
      return found;
    },
    send: () => {
      const body: Partial<Record<DaysKey, number | null>> = {};
      for (const { key, parsed: p } of parsed) if (p.ok) body[key] = p.days;
      return api<Retention>('PUT', '/settings/retention', body);
    },
    onSent: (reply) => {
      onSaved(reply);
      setSaved(true);
    },
  });
  const { errors, busy } = form;
  const note = form.failure
    ? { ok: false, text: form.failure }
    : saved && { ok: true, text: 'Retention saved' };

  const run = value.lastRun;
  return (
    <form aria-label="Data retention" onSubmit={(e) => void form.submit(e)}>
      <div className="retention-fields">
        {FIELDS.map(({ key, label }) => (
          <Field key={key} label={label} error={errors[key]} hint="days; empty: keep for ever">
            <input
              inputMode="numeric"
              value={texts[key]}
              readOnly={!owner}
              placeholder="Keep for ever"
              onChange={(e) => setTexts({ ...texts, [key]: e.target.value })}
            />
          </Field>
        ))}
      </div>
      <p className="muted small-text">
        {run
          ? `Last run ${exactTime(run.at)}: deleted ${run.voicemails} voicemail recordings, ${run.calls} calls and ${run.messages} messages.`
          : 'Retention has not run yet.'}
      </p>
      {owner ? (
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save retention'}
          </button>
          {note && (
            <span className={note.ok ? 'ok-text small-text' : 'error small-text'} role="status">
              {note.text}
            </span>
          )}
        </div>
      ) : (
        <p className="banner">Only the workspace owner can change retention.</p>
      )}
    </form>
  );
}
