import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import type { Member } from '../api/types.js';
import { Field } from '../ui/Field.js';
import { FormFooter } from '../ui/FormFooter.js';
import { normalisePhone, viewerPhoneCountryName } from '../ui/phone.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
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
  const form = useFormSubmit({
    check: () => checkMemberDraft(draft).errors,
    send: () => onSave(checkMemberDraft(draft).body),
  });
  const { errors } = form;
  const setAddress = (key: number, value: string) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, value } : r)));

  return (
    <form onSubmit={form.submit} noValidate aria-label={initial ? 'Edit member' : 'Add member'}>
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
      <FormFooter
        failure={form.failure}
        busy={form.busy}
        saveLabel="Save member"
        onCancel={onCancel}
      />
    </form>
  );
}

let nextKey = 0;
/** An address row with a key of its own, so removing one row keeps the others' inputs. */
function row(value: string) {
  nextKey += 1;
  return { key: nextKey, value };
}
