import { issueMessage } from '@ringflow/flow-runtime';
import { PhoneNumberSchema } from '@ringflow/shared';
import { useState } from 'react';
import type { FlowSummary, PhoneNumber, ScheduleRecord } from '../api/types.js';
import { Field } from '../ui/Field.js';
import { FormFooter } from '../ui/FormFooter.js';
import type { FieldErrors } from '../ui/field-errors.js';
import { normalisePhone, viewerPhoneCountryName } from '../ui/phone.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { FlowOptions } from './NumberFlowSelect.js';
import { flowChangeQuestion } from './number-flow.js';
import type { NumberDraft } from './types.js';

/** The number's fields for the API: '' selects mean none. */
export function numberBody(draft: NumberDraft) {
  return {
    number: normalisePhone(draft.number),
    name: draft.name.trim(),
    flowId: draft.flowId || null,
    scheduleId: draft.scheduleId || null,
    businessName: draft.businessName.trim(),
  };
}

/** The browser's own check, with the same rule and message as the server (national numbers read in the viewer's country first). */
export function checkNumberDraft(draft: NumberDraft): FieldErrors {
  const errors: FieldErrors = {};
  const number = PhoneNumberSchema.safeParse(normalisePhone(draft.number));
  const issue = number.error?.issues[0];
  if (issue) errors.number = issueMessage(issue);
  if (!draft.name.trim()) errors.name = 'Give a name';
  return errors;
}

/** Add or edit a phone number: which flow answers it, its schedule and business name. */
export function NumberForm({
  initial,
  flows,
  schedules,
  onSave,
  onCancel,
}: {
  initial?: PhoneNumber;
  flows: FlowSummary[];
  schedules: ScheduleRecord[];
  onSave: (draft: NumberDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<NumberDraft>({
    number: initial?.number ?? '',
    name: initial?.name ?? '',
    flowId: initial?.flowId ?? '',
    scheduleId: initial?.scheduleId ?? '',
    businessName: initial?.businessName ?? '',
  });
  const set = (patch: Partial<NumberDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // Saving is the confirmation here: the form says what callers will get, and the button too.
  const change = initial ? flowChangeQuestion(initial, flows, draft.flowId) : null;
  const form = useFormSubmit({ check: () => checkNumberDraft(draft), send: () => onSave(draft) });
  const { errors } = form;

  return (
    <form onSubmit={form.submit} noValidate aria-label={initial ? 'Edit number' : 'Add number'}>
      <Field
        label="Phone number"
        error={errors.number}
        hint={`+14155550100, or a ${viewerPhoneCountryName()} number as people write it`}
      >
        <input
          value={draft.number}
          inputMode="tel"
          placeholder="+14155550100"
          onChange={(e) => set({ number: e.target.value })}
          onBlur={() => {
            if (!draft.number) return;
            // Shows the number as it will be stored: (415) 555-0100 -> +14155550100.
            const number = normalisePhone(draft.number);
            set({ number });
            form.setErrors((x) => ({
              ...x,
              ...pick(checkNumberDraft({ ...draft, number }), 'number'),
            }));
          }}
        />
      </Field>
      <Field label="Name" error={errors.name}>
        <input
          value={draft.name}
          placeholder="Main line"
          onChange={(e) => set({ name: e.target.value })}
        />
      </Field>
      <Field label="Flow" error={errors.flowId}>
        <select value={draft.flowId} onChange={(e) => set({ flowId: e.target.value })}>
          <FlowOptions flows={flows} />
        </select>
      </Field>
      {change && (
        <p className="flow-change-warning" role="status">
          {change.consequence}
        </p>
      )}
      <Field
        label="Schedule"
        error={errors.scheduleId}
        hint="Business hours for this number's texts"
      >
        <select value={draft.scheduleId} onChange={(e) => set({ scheduleId: e.target.value })}>
          <option value="">None</option>
          {schedules.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Business name"
        error={errors.businessName}
        hint="Fills {{business.name}} in texts"
      >
        <input value={draft.businessName} onChange={(e) => set({ businessName: e.target.value })} />
      </Field>
      <FormFooter
        failure={form.failure}
        busy={form.busy}
        saveLabel={change ? 'Save and switch calls' : 'Save number'}
        onCancel={onCancel}
      />
    </form>
  );
}

/** Only the message for `key`, or clears it when the value is now fine. */
function pick(errors: FieldErrors, key: string): FieldErrors {
  return { [key]: errors[key] ?? '' };
}
