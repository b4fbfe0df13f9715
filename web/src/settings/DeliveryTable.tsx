import { exactTime, relativeTime } from '../ui/dates.js';
import { deliveryError, deliveryEvent, deliveryResult } from './notification-format.js';
import type { Delivery } from './types.js';

/** Delivery attempts, newest first: when, what, which attempt, and the receiver's answer. */
export function DeliveryTable({ deliveries, label }: { deliveries: Delivery[]; label: string }) {
  if (deliveries.length === 0) return <p className="muted small-text">No deliveries yet.</p>;
  const now = Date.now();
  return (
    <table className="list deliveries" aria-label={label}>
      <thead>
        <tr>
          <th>Time</th>
          <th>Event</th>
          <th>Attempt</th>
          <th>Result</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((d) => (
          <tr key={d.id}>
            <td className="nowrap">
              <time dateTime={d.at} title={exactTime(d.at)}>
                {relativeTime(d.at, now)}
              </time>
            </td>
            <td>{deliveryEvent(d.eventType)}</td>
            <td>{d.attempt}</td>
            <td>
              <DeliveryBadge delivery={d} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A delivery's answer as a coloured badge (green delivered, red failed), and the error, if any. */
export function DeliveryBadge({ delivery }: { delivery: Delivery }) {
  const error = deliveryError(delivery);
  return (
    <span className="delivery-result">
      <span className={`badge ${delivery.ok ? 'ok' : 'bad'}`}>{deliveryResult(delivery)}</span>
      {error && (
        <span className="delivery-error muted small-text" title={error}>
          {error}
        </span>
      )}
    </span>
  );
}
