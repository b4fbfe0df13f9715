import { type FormEvent, useState } from 'react';
import { Field } from '../admin/Field.js';
import { fieldErrorsOf, messageOf } from '../admin/field-errors.js';
import { api } from '../api/client.js';
import { exactTime } from '../ui/dates.js';
import { ErrorBox, Loading } from '../ui/status.js';
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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setNote(null);
    const body: Partial<Record<DaysKey, number | null>> = {};
    const found: Record<string, string> = {};
    for (const { key } of FIELDS) {
      const parsed = parseDays(texts[key]);
      if (parsed.ok) body[key] = parsed.days;
      else found[key] = parsed.error;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      onSaved(await api<Retention>('PUT', '/settings/retention', body));
      setNote({ ok: true, text: 'Retention saved' });
    } catch (e) {
      const fields = fieldErrorsOf(e);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setNote({ ok: false, text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  const run = value.lastRun;
  return (
    <form aria-label="Data retention" onSubmit={(e) => void save(e)}>
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
