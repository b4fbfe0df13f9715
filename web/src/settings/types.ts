/**
 * @module
 * The notification, webhook and retention API's answers, from the types
 * generated from the server's schemas (api/generated.ts).
 */
import type { ApiReply, ApiSchema } from '../api/types.js';

export const EVENT_TYPES = ['voicemail.new', 'call.missed', 'message.received'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One attempt to deliver a notification, with the answer it got. */
export type Delivery = ApiSchema<'NotificationDelivery'>;
export type MyNotifications = ApiSchema<'MyNotifications'>;
export type NumberNotifications = ApiSchema<'NumberNotifications'>;
export type WebhookEndpoint = ApiSchema<'WebhookEndpoint'>;
export type WebhooksReply = ApiReply<'/webhooks', 'get'>;
export type DeliveriesReply = ApiReply<'/webhooks/{id}/deliveries', 'get'>;
export type TestReply = ApiReply<'/webhooks/{id}/test', 'post'>;
export type Retention = ApiSchema<'Retention'>;
