import { X } from 'lucide-react';
import { FieldGroup, NumberInput, Select } from '../fields.js';
import { type SettingsProps, text } from '../settings-props.js';
import { useRowKeys } from '../use-row-keys.js';

type Target = { type: 'member'; memberId: string } | { type: 'number'; number: string };

const STRATEGIES = [
  { value: 'simultaneous', label: 'All at once' },
  { value: 'sequential', label: 'One after another' },
];

/** Who to ring (team members from the list, or typed numbers), how, and for how long. */
export function RingUsersSettings({ data, errors, onChange, members }: SettingsProps) {
  const targets = (Array.isArray(data.targets) ? data.targets : []) as Target[];
  const rows = useRowKeys(targets.length);
  const setTargets = (next: Target[]) => onChange({ targets: next });
  const picked = new Set(targets.flatMap((t) => (t.type === 'member' ? [t.memberId] : [])));
  const available = members.filter((m) => !picked.has(m.id));
  const memberName = (id: string) =>
    members.find((m) => m.id === id)?.name ?? `Unknown member (${id})`;

  return (
    <>
      <FieldGroup label="People to ring" error={errors.targets}>
        <ul className="row-list">
          {targets.map((target, i) => (
            <li key={rows.keys[i]} className="row">
              {target.type === 'member' ? (
                <span className="row-main">{memberName(target.memberId)}</span>
              ) : (
                <input
                  className="row-main"
                  aria-label={`Number ${i + 1}`}
                  placeholder="+14155550100"
                  value={text(target.number)}
                  aria-invalid={Boolean(errors[`targets.${i}.number`])}
                  onChange={(e) =>
                    setTargets(
                      targets.map((t, j) =>
                        j === i ? { type: 'number', number: e.target.value.trim() } : t,
                      ),
                    )
                  }
                />
              )}
              <button
                type="button"
                className="ghost icon"
                aria-label={`Remove ${target.type === 'member' ? memberName(target.memberId) : 'number'}`}
                onClick={() => {
                  rows.remove(i);
                  setTargets(targets.filter((_, j) => j !== i));
                }}
              >
                <X size={14} aria-hidden="true" />
              </button>
              {(errors[`targets.${i}.number`] || errors[`targets.${i}.memberId`]) && (
                <span className="field-error row-error">
                  {target.type === 'number' ? `Number ${i + 1}` : 'Team member'}{' '}
                  {errors[`targets.${i}.number`] ?? errors[`targets.${i}.memberId`]}
                </span>
              )}
            </li>
          ))}
          {targets.length === 0 && (
            <li className="muted">Nobody yet: add team members or numbers.</li>
          )}
        </ul>
      </FieldGroup>
      <div className="field-row">
        <select
          aria-label="Add a team member"
          value=""
          disabled={available.length === 0}
          onChange={(e) =>
            e.target.value && setTargets([...targets, { type: 'member', memberId: e.target.value }])
          }
        >
          <option value="">{available.length ? 'Add a team member…' : 'Everyone is added'}</option>
          {available.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => setTargets([...targets, { type: 'number', number: '' }])}
        >
          Add a number
        </button>
      </div>
      <Select
        label="Ring strategy"
        value={data.strategy}
        options={STRATEGIES}
        error={errors.strategy}
        onChange={(strategy) => onChange({ strategy })}
      />
      <NumberInput
        label="Ring duration"
        unit="seconds"
        value={data.ringSeconds}
        error={errors.ringSeconds}
        hint="5 to 60 seconds; 30 is usual before voicemail"
        onChange={(ringSeconds) => onChange({ ringSeconds })}
      />
    </>
  );
}
