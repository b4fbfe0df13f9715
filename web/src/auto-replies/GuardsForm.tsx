import { formatDuration } from '@ringflow/flow-runtime';
import type { AutoReplyGuards } from '@ringflow/shared';
import { type FormEvent, useState } from 'react';
import { Field } from '../admin/Field.js';
import { type FieldErrors, fieldErrorsOf, messageOf } from '../admin/field-errors.js';
import { checkGuardsDraft, type GuardsDraft, guardsDraftOf, guardsOf } from './guards-form.js';

const inWords = (minutes: string) => {
  const n = Number(minutes);
  return Number.isInteger(n) && n > 0 ? formatDuration(n * 60_000) : 'off';
};

/** The guards that keep auto-replies rare: cooldown, conversation window, autoresponders. */
export function GuardsForm({
  guards,
  onSave,
}: {
  guards: AutoReplyGuards;
  onSave(guards: AutoReplyGuards): Promise<void>;
}) {
  const [draft, setDraft] = useState(() => guardsDraftOf(guards));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<GuardsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStatus(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkGuardsDraft(draft);
    setErrors(found);
    setStatus(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSave(guardsOf(draft));
      setStatus({ error: false, text: 'Guards saved' });
    } catch (e) {
      const fields = fieldErrorsOf(e);
      setErrors(fields);
      if (!Object.keys(fields).some((k) => k.startsWith('guards.')))
        setStatus({ error: true, text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  const number = (key: Exclude<keyof GuardsDraft, 'ignoreAutomated'>, disabled = false) => (
    <input
      type="number"
      min={0}
      value={draft[key]}
      disabled={disabled}
      onChange={(e) => set({ [key]: e.target.value })}
    />
  );
  return (
    <form className="card guards-form" onSubmit={submit} noValidate aria-labelledby="guards-title">
      <h2 id="guards-title">Guards</h2>
      <p className="muted small-text section-intro">
        They apply to every auto-reply of this number, and to the flow's auto-reply steps.
      </p>
      <div className="guards-grid">
        <Field
          label="Cooldown (minutes)"
          error={errors['guards.cooldownMinutes']}
          hint={`At most one auto-reply per contact every ${inWords(draft.cooldownMinutes)}: several missed calls give one text.`}
        >
          {number('cooldownMinutes')}
        </Field>
        <Field
          label="Conversation window (minutes)"
          error={errors['guards.conversationMinutes']}
          hint={`No auto-reply when the team called or texted the contact in the last ${inWords(draft.conversationMinutes)}.`}
        >
          {number('conversationMinutes')}
        </Field>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.ignoreAutomated}
          onChange={(e) => set({ ignoreAutomated: e.target.checked })}
        />
        Recognise autoresponders
      </label>
      <p className="muted small-text check-hint">
        Never answer short codes, sender IDs, texts that say they are automatic, or a burst of
        texts, so two robots never talk all weekend.
      </p>
      <div className="guards-grid">
        <Field label="Burst: texts" error={errors['guards.burstMessages']}>
          {number('burstMessages', !draft.ignoreAutomated)}
        </Field>
        <Field
          label="Burst: within (minutes)"
          error={errors['guards.burstMinutes']}
          hint={`${draft.burstMessages || '…'} texts from one contact within ${inWords(draft.burstMinutes)} look like a robot.`}
        >
          {number('burstMinutes', !draft.ignoreAutomated)}
        </Field>
      </div>
      <footer className="form-footer">
        {status && (
          <span className={status.error ? 'error' : 'saved'} role="status">
            {status.text}
          </span>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save guards'}
        </button>
      </footer>
    </form>
  );
}
