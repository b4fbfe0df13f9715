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
      {/* Kept in the document for when speech is set up; nothing transcribes today. */}
      <Checkbox
        label="Transcribe the message"
        checked={data.transcribe}
        disabled
        hint="Transcription is not available yet. Messages are recorded and kept in the voicemail inbox without a transcript."
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
