import { PromptFields } from '../PromptFields.js';
import type { SettingsProps } from '../settings-props.js';

export function PlayMessageSettings({ data, errors, onChange }: SettingsProps) {
  return (
    <PromptFields
      path="prompt"
      label="Message"
      value={data.prompt}
      errors={errors}
      onChange={(prompt) => onChange({ prompt })}
    />
  );
}
