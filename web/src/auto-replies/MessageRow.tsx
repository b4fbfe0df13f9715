import { ArrowDownLeft, ArrowUpRight } from 'lucide-react';
import { formatWhen } from '../ui/dates.js';
import { useSetup } from '../ui/setup.js';
import { DecisionItem } from './DecisionParts.js';
import { authorOf, decisionBadge, messageBadge, messageStatusLabel } from './decision-format.js';
import type { Message } from './types.js';

/** "1 sent, 1 skipped": the decisions a text set off, by what became of them. */
function replyCounts(decisions: Message['decisions']): string {
  const counts = new Map<string, number>();
  for (const d of decisions) {
    const { label } = decisionBadge(d);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, n]) => `${n} ${label.toLowerCase()}`).join(', ');
}

/** One text in the log: which way, who wrote it, the body, its status, and what it set off. */
export function MessageRow({ message: m, numberName }: { message: Message; numberName: string }) {
  const incoming = m.direction === 'in';
  // Unknown set-up (loading, or unreadable, which the banner above the page says) reads as ready.
  const twilioReady = useSetup().data?.twilio.ready ?? true;
  return (
    <tr className={`message-row ${m.direction}`}>
      <td className="nowrap">{formatWhen(m.at)}</td>
      <td className="nowrap">
        <span className="direction">
          {incoming ? (
            <ArrowDownLeft size={14} aria-hidden="true" />
          ) : (
            <ArrowUpRight size={14} aria-hidden="true" />
          )}
          {incoming ? 'In' : 'Out'}
        </span>
        <span className={`author ${m.author}`}>{authorOf(m)}</span>
      </td>
      <td>
        <span className="mono">{m.contact}</span>
        <br />
        <span className="muted small-text">
          {incoming ? 'to' : 'from'} {numberName}
        </span>
      </td>
      <td className="message-body">
        <p className={`sms-bubble ${m.direction}`}>{m.body}</p>
        {m.decisions.length > 0 && (
          <details className="message-decisions">
            <summary className="small-text">
              {incoming ? `Auto-replies: ${replyCounts(m.decisions)}` : 'Why it was sent'}
            </summary>
            <ul className="plain decision-list">
              {m.decisions.map((d) => (
                <DecisionItem key={d.id} decision={d} />
              ))}
            </ul>
          </details>
        )}
      </td>
      <td>
        <span className={messageBadge(m.status)}>{messageStatusLabel(m.status, twilioReady)}</span>
        {m.error && <p className="small-text error">{m.error}</p>}
        {m.status === 'sent' && m.sentAt && (
          <p className="small-text muted">{formatWhen(m.sentAt)}</p>
        )}
      </td>
    </tr>
  );
}
