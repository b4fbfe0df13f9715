import { useRef } from 'react';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { type ListedUser, ROLE_LABELS } from './users.js';

/**
 * A user's role in the users table: the select saves on change, and the
 * server's refusal (the last owner, a role it does not know) is said under it.
 */
export function RoleCell({
  user,
  lastOwner,
  onChange,
}: {
  user: ListedUser;
  /** The only owner cannot stop being one: someone else must be made owner first. */
  lastOwner: boolean;
  onChange(role: ListedUser['role']): Promise<void>;
}) {
  // The select saves at once: the role it asks for, read by the submit.
  const wanted = useRef(user.role);
  const form = useFormSubmit({
    send: () => onChange(wanted.current),
    shows: (path) => path === 'role',
  });
  const error = form.errors.role ?? form.failure;
  return (
    <td data-label="Role" className={error ? 'invalid' : undefined}>
      <select
        className="inline-select"
        aria-label={`Role of ${user.name}`}
        aria-invalid={Boolean(error)}
        value={user.role}
        disabled={lastOwner || form.busy}
        title={lastOwner ? 'The only owner: make someone else owner first' : undefined}
        onChange={(e) => {
          wanted.current = e.target.value as ListedUser['role'];
          void form.submit();
        }}
      >
        <option value="owner">{ROLE_LABELS.owner}</option>
        <option value="admin">{ROLE_LABELS.admin}</option>
      </select>
      {error && (
        <small className="field-error" role="alert">
          {error}
        </small>
      )}
    </td>
  );
}
