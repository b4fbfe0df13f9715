/**
 * @module
 * Words for events and deliveries, shared by the settings page and the
 * number page.
 */
import type { Delivery, EventType } from './types.js';

/** What each event is called in the settings. */
export const EVENT_NAMES: Record<EventType, string> = {
  'voicemail.new': 'New voicemails',
  'call.missed': 'Missed calls',
  'message.received': 'Incoming texts',
};

/**
 * A delivery's result in a few words: the status code the receiver answered
 * and how long it took; the error's text is `deliveryError`.
 *
 * @example
 * deliveryResult({ ok: true, statusCode: 200, durationMs: 84 }) // "200 OK · 84 ms"
 * deliveryResult({ ok: false, statusCode: 404, durationMs: 10 }) // "Failed: 404 · 10 ms"
 */
export function deliveryResult(d: Pick<Delivery, 'ok' | 'statusCode' | 'durationMs'>): string {
  const took = d.durationMs === null ? '' : ` · ${d.durationMs} ms`;
  if (d.ok) return d.statusCode === null ? `Delivered${took}` : `${d.statusCode} OK${took}`;
  return `Failed: ${d.statusCode ?? 'no answer'}${took}`;
}

/**
 * Why a delivery failed, without repeating the status code the result
 * already shows ("HTTP 404: …" -> "…"); `null` when there is nothing to add.
 *
 * @example
 * deliveryError({ statusCode: 404, error: 'HTTP 404: not found' }) // "not found"
 */
export function deliveryError(d: Pick<Delivery, 'statusCode' | 'error'>): string | null {
  if (!d.error) return null;
  const repeated = d.statusCode === null ? null : new RegExp(`^(HTTP )?${d.statusCode}:?\\s*`);
  const text = repeated ? d.error.replace(repeated, '') : d.error;
  return text.trim() || null;
}

/** What a delivery was for: an event's name or "Test". */
export function deliveryEvent(type: Delivery['eventType']): string {
  return type === 'test' ? 'Test' : EVENT_NAMES[type];
}

/** The events of a webhook or channel in a short line: "New voicemails, Missed calls"; "No events". */
export function eventsLine(events: readonly EventType[]): string {
  return events.length ? events.map((e) => EVENT_NAMES[e]).join(', ') : 'No events';
}
