import { EVENT_NAMES } from './notification-format.js';
import { EVENT_TYPES, type EventType } from './types.js';

/** The three events as checkboxes, in a titled group. */
export function EventCheckboxes({
  legend,
  value,
  disabled,
  onChange,
}: {
  legend: string;
  value: readonly EventType[];
  disabled?: boolean;
  onChange(events: EventType[]): void;
}) {
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      {EVENT_TYPES.map((type) => (
        <label key={type} className="choice">
          <input
            type="checkbox"
            checked={value.includes(type)}
            disabled={disabled}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? EVENT_TYPES.filter((t) => t === type || value.includes(t))
                  : value.filter((t) => t !== type),
              )
            }
          />
          {EVENT_NAMES[type]}
        </label>
      ))}
    </fieldset>
  );
}
