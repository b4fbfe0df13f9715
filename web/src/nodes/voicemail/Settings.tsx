import { Checkbox, NumberInput } from '../fields.js';
import { PromptFields } from '../PromptFields.js';
import type { SettingsProps } from '../settings-props.js';

export function VoicemailSettings({ data, errors, onChange }: SettingsProps) {
  return (
    <>
      <PromptFields
        path="greeting"
        label="Greeting"
        value={data.greeting}
        errors={errors}
        onChange={(greeting) => onChange({ greeting })}
      />
      <NumberInput
        label="Maximum message length"
        unit="seconds"
        value={data.maxLengthSeconds}
        error={errors.maxLengthSeconds}
        hint="5 to 600 seconds"
        onChange={(maxLengthSeconds) => onChange({ maxLengthSeconds })}
      />
      <Checkbox
        label="Transcribe the message"
        checked={data.transcribe}
        onChange={(transcribe) => onChange({ transcribe })}
      />
      <Checkbox
        label="Beep before recording"
        checked={data.playBeep}
        onChange={(playBeep) => onChange({ playBeep })}
      />
    </>
  );
}
