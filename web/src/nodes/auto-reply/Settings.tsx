import { named } from '../../ui/Field.js';
import { SmsText } from '../../ui/SmsText.js';
import { Checkbox, Select } from '../fields.js';
import { type SettingsProps, text } from '../settings-props.js';

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
      <SmsText
        label="In-hours text"
        value={text(data.inHoursText)}
        chips
        error={named('In-hours text', errors.inHoursText)}
        onChange={(inHoursText) => onChange({ inHoursText })}
      />
      {hasSchedule && (
        <>
          <SmsText
            label="After-hours text"
            value={text(data.afterHoursText)}
            chips
            error={named('After-hours text', errors.afterHoursText)}
            onChange={(afterHoursText) => onChange({ afterHoursText })}
          />
          <SmsText
            label="Weekend text (optional)"
            note="Sent while closed on a Saturday or Sunday; empty uses the after-hours text."
            value={text(data.weekendText)}
            chips
            error={named('Weekend text (optional)', errors.weekendText)}
            onChange={(weekendText) => onChange({ weekendText })}
          />
          <SmsText
            label="Holiday text (optional)"
            note="Sent while closed for one of the schedule's closures; empty uses the after-hours text."
            value={text(data.holidayText)}
            chips
            error={named('Holiday text (optional)', errors.holidayText)}
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
