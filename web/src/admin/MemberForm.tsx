import { Plus, X } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import type { Member } from '../api/types.js';
import { normalisePhone, viewerPhoneCountryName } from '../ui/phone.js';
import { Field } from './Field.js';
import { FormFooter } from './FormFooter.js';
import { type FieldErrors, fieldErrorsOf, messageOf } from './field-errors.js';
import { checkMemberDraft, type MemberDraft } from './member-form.js';

/** Add or edit a team member: a name and the numbers or SIP addresses rung together. */
export function MemberForm({
  initial,
  onSave,
  onCancel,
}: {
  initial?: Member;
  onSave: (body: { name: string; addresses: string[] }) => Promise<void>;
  onCancel: () => void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [rows, setRows] = useState(() =>
    (initial?.addresses.length ? initial.addresses : ['']).map(row),
  );
  const draft: MemberDraft = { name, addresses: rows.map((r) => r.value) };
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const setAddress = (key: number, value: string) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, value } : r)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { body, errors: found } = checkMemberDraft(draft);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSave(body);
    } catch (e) {
      const fields = fieldErrorsOf(e);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={initial ? 'Edit member' : 'Add member'}>
      <Field label="Name" error={errors.name}>
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <fieldset className="rows">
        <legend>Numbers and SIP addresses (rung together)</legend>
        <small className="hint">
          Numbers without a + are taken as {viewerPhoneCountryName()} numbers and stored in
          international format.
        </small>
        {rows.map(({ key, value }, i) => (
          <div key={key} className={errors[`addresses.${i}`] ? 'row invalid' : 'row'}>
            <input
              className="address"
              aria-label={`Address ${i + 1}`}
              placeholder="(415) 555-0101 or sip:alice@example.com"
              value={value}
              onChange={(e) => setAddress(key, e.target.value)}
              // Shows the number as it will be stored, e.g. (415) 555-0101 -> +14155550101.
              onBlur={() => setAddress(key, normalisePhone(value))}
            />
            <button
              type="button"
              className="ghost icon"
              aria-label={`Remove address ${i + 1}`}
              disabled={rows.length === 1}
              onClick={() => setRows(rows.filter((r) => r.key !== key))}
            >
              <X size={14} aria-hidden="true" />
            </button>
            {errors[`addresses.${i}`] && (
              <small className="field-error">{errors[`addresses.${i}`]}</small>
            )}
          </div>
        ))}
        {errors.addresses && <small className="field-error">{errors.addresses}</small>}
        <button
          type="button"
          className="small"
          disabled={rows.length >= 10}
          onClick={() => setRows([...rows, row('')])}
        >
          <Plus size={14} aria-hidden="true" /> Add address
        </button>
      </fieldset>
      <FormFooter failure={failure} busy={busy} saveLabel="Save member" onCancel={onCancel} />
    </form>
  );
}

let nextKey = 0;
/** An address row with a key of its own, so removing one row keeps the others' inputs. */
function row(value: string) {
  nextKey += 1;
  return { key: nextKey, value };
}
