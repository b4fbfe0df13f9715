import { useSpeechStatus } from '../../greetings/use-speech.js';
import { Checkbox, NumberInput } from '../fields.js';
import { PromptFields } from '../PromptFields.js';
import type { SettingsProps } from '../settings-props.js';
import { GreetingKeys } from './GreetingKeys.js';
import { transcriptionNote } from './transcription-note.js';

export function VoicemailSettings({ data, errors, onChange }: SettingsProps) {
  const transcription = transcriptionNote(useSpeechStatus().data, data);
  return (
    <>
      <PromptFields
        path="greeting"
        label="Greeting"
        value={data.greeting}
        warnLong
        errors={errors}
        onChange={(greeting) => onChange({ greeting })}
      />
      <GreetingKeys value={data.keys} errors={errors} onChange={(keys) => onChange({ keys })} />
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
        disabled={transcription.disabled && data.transcribe !== true}
        hint={
          transcription.limit ? (
            <>
              {transcription.hint} <strong>{transcription.limit}</strong>
            </>
          ) : (
            transcription.hint
          )
        }
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
