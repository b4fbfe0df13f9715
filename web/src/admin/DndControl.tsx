import { BellOff } from 'lucide-react';
import { useState } from 'react';
import { api } from '../api/client.js';
import type { Member } from '../api/types.js';
import { messageOf } from '../ui/field-errors.js';
import { DND_CHOICES, dndLine, minutesUntil } from './dnd.js';

/** Do not disturb for one member: 30 min, 1 h, 8 h, until a chosen time, or off. */
export function DndControl({ member, onSaved }: { member: Member; onSaved: (m: Member) => void }) {
  const [custom, setCustom] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const line = dndLine(member.dndUntil, new Date());

  const send = async (minutes: number | null) => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await api<Member>('POST', `/members/${member.id}/dnd`, { minutes }));
      setCustom(null);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const sendCustom = () => {
    const result = minutesUntil(custom ?? '', new Date());
    if ('error' in result) setError(result.error);
    else void send(result.minutes);
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
            disabled={busy}
            onClick={() => void send(c.minutes)}
          >
            {c.label}
          </button>
        ))}
        <button
          type="button"
          className="small"
          disabled={busy}
          onClick={() => setCustom(custom === null ? '' : null)}
        >
          Custom
        </button>
        {line && (
          <button type="button" className="small" disabled={busy} onClick={() => void send(null)}>
            Off
          </button>
        )}
      </div>
      {custom !== null && (
        <div className="dnd-custom">
          <input
            type="datetime-local"
            className="dnd-until"
            aria-label="Do not disturb until"
            value={custom}
            onChange={(e) => setCustom(e.target.value)}
          />
          <button type="button" className="small primary" disabled={busy} onClick={sendCustom}>
            Set
          </button>
        </div>
      )}
      {error && (
        <small className="error" role="alert">
          {error}
        </small>
      )}
    </fieldset>
  );
}
