import { Checkbox, Select } from '../fields.js';
import type { SettingsProps } from '../settings-props.js';
import { TemplateText } from './TemplateText.js';

/** The texts for each period, the schedule that picks one, and the hang-up trigger. */
export function AutoReplySettings({ data, errors, onChange, schedules }: SettingsProps) {
  const options = [
    { value: '', label: 'No schedule: always the in-hours text' },
    ...schedules.map((s) => ({ value: s.id, label: s.name })),
  ];
  const hasSchedule = typeof data.scheduleId === 'string' && data.scheduleId !== '';
  return (
    <>
      <Select
        label="Schedule"
        value={data.scheduleId ?? ''}
        options={options}
        error={errors.scheduleId}
        onChange={(scheduleId) => onChange({ scheduleId: scheduleId || null })}
      />
      <TemplateText
        label="In-hours text"
        value={data.inHoursText}
        error={errors.inHoursText}
        onChange={(inHoursText) => onChange({ inHoursText })}
      />
      {hasSchedule && (
        <>
          <TemplateText
            label="After-hours text"
            value={data.afterHoursText}
            error={errors.afterHoursText}
            onChange={(afterHoursText) => onChange({ afterHoursText })}
          />
          <TemplateText
            label="Weekend text (optional)"
            note="Sent while closed on a Saturday or Sunday; empty uses the after-hours text."
            value={data.weekendText ?? ''}
            error={errors.weekendText}
            onChange={(weekendText) => onChange({ weekendText })}
          />
          <TemplateText
            label="Holiday text (optional)"
            note="Sent while closed for one of the schedule's closures; empty uses the after-hours text."
            value={data.holidayText ?? ''}
            error={errors.holidayText}
            onChange={(holidayText) => onChange({ holidayText })}
          />
        </>
      )}
      <Checkbox
        label="Also when the caller hangs up before anyone answers"
        checked={data.onCallerHangUp}
        onChange={(onCallerHangUp) => onChange({ onCallerHangUp })}
      />
    </>
  );
}
