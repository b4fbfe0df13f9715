import { useState } from 'react';
import { Field } from '../ui/Field.js';
import { FormFooter } from '../ui/FormFooter.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { checkUserDraft, ROLE_HINTS, ROLE_LABELS, type UserDraft } from './users.js';

/** Add an account: who, which role, and the first password the owner passes on to them. */
export function UserForm({
  onSave,
  onCancel,
}: {
  onSave: (body: UserDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<UserDraft>({
    name: '',
    email: '',
    role: 'admin',
    password: '',
  });
  const set = (patch: Partial<UserDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const form = useFormSubmit({
    check: () => checkUserDraft(draft).errors,
    send: () => onSave(checkUserDraft(draft).body),
  });
  const { errors } = form;

  return (
    <form onSubmit={form.submit} noValidate aria-label="Add user">
      <Field label="Name" error={errors.name}>
        <input value={draft.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <Field label="E-mail" error={errors.email} hint="They sign in with it">
        <input
          type="email"
          autoComplete="off"
          value={draft.email}
          onChange={(e) => set({ email: e.target.value })}
        />
      </Field>
      <Field label="Role" error={errors.role} hint={ROLE_HINTS[draft.role]}>
        <select
          value={draft.role}
          onChange={(e) => set({ role: e.target.value as UserDraft['role'] })}
        >
          <option value="admin">{ROLE_LABELS.admin}</option>
          <option value="owner">{ROLE_LABELS.owner}</option>
        </select>
      </Field>
      <Field
        label="Initial password"
        error={errors.password}
        hint="At least 8 characters. Give it to them yourself: no e-mail is sent."
      >
        <input
          type="text"
          autoComplete="new-password"
          spellCheck={false}
          value={draft.password}
          onChange={(e) => set({ password: e.target.value })}
        />
      </Field>
      <FormFooter
        failure={form.failure}
        busy={form.busy}
        saveLabel="Add user"
        onCancel={onCancel}
      />
    </form>
  );
}
