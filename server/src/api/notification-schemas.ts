/**
 * @module
 * Schemas shared by the notification routes: event types, http(s) URLs and
 * the delivery log entry.
 */
import { z } from '@hono/zod-openapi';
import { EVENT_TYPES, type NotificationDelivery } from '../db/notifications.js';

export const EventTypeSchema = z.enum(EVENT_TYPES).openapi({ example: 'voicemail.new' });

/** A non-empty set of event types, each once. */
export const EventListSchema = z
  .array(EventTypeSchema)
  .min(1, 'Choose at least one event: voicemail.new, call.missed or message.received')
  .transform((events) => [...new Set(events)])
  .openapi({ example: ['voicemail.new', 'call.missed'] });

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
};

export const HttpUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine(isHttpUrl, 'Use an http:// or https:// URL')
  .openapi({ example: 'https://crm.example.com/hooks/ringflow' });

export const DeliverySchema = z
  .object({
    id: z.number().int(),
    channel: z.enum(['email', 'slack', 'webhook']),
    eventId: z.string(),
    eventType: z.enum([...EVENT_TYPES, 'test']),
    attempt: z.number().int(),
    at: z.string(),
    ok: z.boolean(),
    statusCode: z.number().int().nullable(),
    error: z.string().nullable(),
    durationMs: z.number().int().nullable(),
  })
  .openapi('NotificationDelivery');

/** A logged attempt as the API shows it. */
export function deliveryView(delivery: NotificationDelivery): z.infer<typeof DeliverySchema> {
  const { outboxId: _outboxId, targetId: _targetId, ...view } = delivery;
  return view;
}
