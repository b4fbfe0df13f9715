import { Link } from 'wouter';
import { Checkbox, Select } from '../fields.js';
import type { SettingsProps } from '../settings-props.js';

export function BusinessHoursSettings({ data, errors, onChange, schedules }: SettingsProps) {
  const options = [
    { value: '', label: 'Choose a schedule…' },
    ...schedules.map((s) => ({ value: s.id, label: s.name })),
  ];
  return (
    <>
      <Select
        label="Schedule"
        value={data.scheduleId}
        options={options}
        error={errors.scheduleId}
        hint={
          schedules.length === 0 ? (
            <Link href="/schedules">Create a schedule first</Link>
          ) : (
            'Shared with auto-replies and numbers'
          )
        }
        onChange={(scheduleId) => onChange({ scheduleId })}
      />
      <Checkbox
        label="Send holidays and closures to their own outcome"
        checked={data.holidayBranch}
        onChange={(holidayBranch) => onChange({ holidayBranch })}
      />
    </>
  );
}
