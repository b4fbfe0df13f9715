import { formatDuration } from '@ringflow/flow-runtime';
import type { AutoReplyGuards } from '@ringflow/shared';
import { useState } from 'react';
import { Field } from '../ui/Field.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
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
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit({
    check: () => {
      setSaved(false);
      return checkGuardsDraft(draft);
    },
    send: () => onSave(guardsOf(draft)),
    shows: (path) => path.startsWith('guards.'),
    onSent: () => setSaved(true),
  });
  const { errors } = form;
  const status = form.failure
    ? { error: true, text: form.failure }
    : saved && { error: false, text: 'Guards saved' };
  const set = (patch: Partial<GuardsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
    form.clearFailure();
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
    <form
      className="card guards-form"
      onSubmit={form.submit}
      noValidate
      aria-labelledby="guards-title"
    >
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
        <button type="submit" className="primary" disabled={form.busy}>
          {form.busy ? 'Saving…' : 'Save guards'}
        </button>
      </footer>
    </form>
  );
}
