/**
 * @module
 * The notification, webhook and retention API's answers, copied by hand from
 * the server's schemas (docs/api.md), as the rest of the app does.
 */

export const EVENT_TYPES = ['voicemail.new', 'call.missed', 'message.received'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One attempt to deliver a notification, with the answer it got. */
export interface Delivery {
  id: string | number;
  channel: 'email' | 'slack' | 'webhook';
  eventId: string;
  eventType: EventType | 'test';
  attempt: number;
  at: string;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number | null;
}

export interface MyNotifications {
  email: Record<EventType, boolean>;
  /** `null`: every number. */
  numberIds: string[] | null;
  address: string;
  emailReady: boolean;
  emailProblem: string | null;
}

export interface NumberNotifications {
  slack: { url: string | null; events: EventType[] };
  deliveries: Delivery[];
}

export interface WebhookEndpoint {
  id: string;
  url: string;
  description: string;
  numberId: string | null;
  events: EventType[];
  active: boolean;
  secret: string;
  createdAt: string;
  lastDelivery: Delivery | null;
}

export interface WebhooksReply {
  webhooks: WebhookEndpoint[];
}

export interface DeliveriesReply {
  deliveries: Delivery[];
}

export interface TestReply {
  delivery: Delivery;
}

export interface Retention {
  voicemailDays: number | null;
  callDays: number | null;
  messageDays: number | null;
  lastRun: { at: string; voicemails: number; calls: number; messages: number } | null;
}
