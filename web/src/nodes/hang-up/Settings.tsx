import { Checkbox } from '../fields.js';
import type { SettingsProps } from '../settings-props.js';

/** Ends the call; "treat as blocked" keeps a spam caller out of the missed calls. */
export function HangUpSettings({ data, onChange }: SettingsProps) {
  return (
    <>
      <p className="muted">Ends the call.</p>
      <Checkbox
        label="Treat as blocked"
        checked={data.block}
        hint="No missed-call text or notification; the call log says Blocked."
        onChange={(block) => onChange({ block })}
      />
    </>
  );
}
