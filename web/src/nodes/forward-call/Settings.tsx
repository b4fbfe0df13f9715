import { NumberInput, Select, TextInput } from '../fields.js';
import type { SettingsProps } from '../settings-props.js';

const CALLER_ID = [
  { value: 'caller', label: "The caller's number" },
  { value: 'business', label: 'Your business number' },
];

export function ForwardCallSettings({ data, errors, onChange }: SettingsProps) {
  return (
    <>
      <TextInput
        label="Number"
        value={data.number}
        placeholder="+14155550100 or sip:desk@example.com"
        error={errors.number}
        onChange={(number) => onChange({ number: number.trim() })}
      />
      <NumberInput
        label="Ring duration"
        unit="seconds"
        value={data.ringSeconds}
        error={errors.ringSeconds}
        hint="5 to 60 seconds"
        onChange={(ringSeconds) => onChange({ ringSeconds })}
      />
      <Select
        label="Caller ID shown"
        value={data.callerId}
        options={CALLER_ID}
        error={errors.callerId}
        onChange={(callerId) => onChange({ callerId })}
      />
    </>
  );
}
