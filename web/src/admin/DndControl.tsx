import { BellOff } from 'lucide-react';
import { useRef, useState } from 'react';
import { api } from '../api/client.js';
import type { Member } from '../api/types.js';
import { Field } from '../ui/Field.js';
import type { FieldErrors } from '../ui/field-errors.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { DND_CHOICES, dndLine, minutesUntil } from './dnd.js';

/** What a button asks for: some minutes, off (null), or the time typed in the custom box. */
type Wanted = { minutes: number | null } | 'custom';

/** Do not disturb for one member: 30 min, 1 h, 8 h, until a chosen time, or off. */
export function DndControl({ member, onSaved }: { member: Member; onSaved: (m: Member) => void }) {
  const [custom, setCustom] = useState<string | null>(null);
  const line = dndLine(member.dndUntil, new Date());
  // Each button saves at once: what it asked for, read by the check and the submit.
  const wanted = useRef<Wanted>({ minutes: null });
  const minutes = (): number | null => {
    const w = wanted.current;
    if (w !== 'custom') return w.minutes;
    const result = minutesUntil(custom ?? '', new Date());
    return 'minutes' in result ? result.minutes : null;
  };
  const form = useFormSubmit({
    check: (): FieldErrors => {
      if (wanted.current !== 'custom') return {};
      const result = minutesUntil(custom ?? '', new Date());
      return 'error' in result ? { minutes: result.error } : {};
    },
    send: () => api<Member>('POST', `/members/${member.id}/dnd`, { minutes: minutes() }),
    // The server's word on the minutes goes under the custom time when it is open.
    shows: (path) => path === 'minutes' && wanted.current === 'custom',
    onSent: (saved) => {
      onSaved(saved);
      setCustom(null);
    },
  });
  const send = (next: Wanted) => {
    wanted.current = next;
    void form.submit();
  };

  return (
    <fieldset className="dnd" aria-label={`Do not disturb for ${member.name}`}>
      {line ? (
        <span className="badge warn dnd-on">
          <BellOff size={12} aria-hidden="true" /> {line}
        </span>
      ) : (
        <span className="muted">Available</span>
      )}
      <div className="dnd-buttons">
        {DND_CHOICES.map((c) => (
          <button
            key={c.minutes}
            type="button"
            className="small"
            disabled={form.busy}
            onClick={() => send({ minutes: c.minutes })}
          >
            {c.label}
          </button>
        ))}
        <button
          type="button"
          className="small"
          disabled={form.busy}
          onClick={() => {
            form.setErrors(() => ({}));
            setCustom(custom === null ? '' : null);
          }}
        >
          Custom
        </button>
        {line && (
          <button
            type="button"
            className="small"
            disabled={form.busy}
            onClick={() => send({ minutes: null })}
          >
            Off
          </button>
        )}
      </div>
      {custom !== null && (
        <Field label="Do not disturb until" error={form.errors.minutes}>
          {(ids) => (
            <div className="dnd-custom">
              <input
                id={ids.id}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                type="datetime-local"
                className="dnd-until"
                value={custom}
                onChange={(e) => setCustom(e.target.value)}
              />
              <button
                type="button"
                className="small primary"
                disabled={form.busy}
                onClick={() => send('custom')}
              >
                Set
              </button>
            </div>
          )}
        </Field>
      )}
      {form.failure && (
        <small className="error" role="alert">
          {form.failure}
        </small>
      )}
    </fieldset>
  );
}
