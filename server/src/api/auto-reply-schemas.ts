/**
 * @module
 * What the auto-reply and message routes take and answer, as OpenAPI components.
 */
import { z } from '@hono/zod-openapi';
import { DECISION_REASONS } from '@ringflow/flow-runtime';
import {
  AUTO_REPLY_VARIANTS,
  AutoReplySettingsSchema,
  normalisePhoneInput,
} from '@ringflow/shared';

// Shared's schema may predate @hono/zod-openapi's `.openapi`; document a clone.
export const AutoReplySettingsBody = AutoReplySettingsSchema.clone().openapi('AutoReplySettings', {
  description: "A number's auto-reply rules and the guards that keep them rare",
});

/** 'unknown': Twilio could not say whether a text whose answer was lost went out; not resent. */
const DELIVERY = ['scheduled', 'sent', 'failed', 'cancelled', 'unknown'] as const;

export const DecisionSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    numberId: z.string(),
    contact: z.string().openapi({ example: '+14155550123' }),
    trigger: z.enum(['missed-call', 'voicemail', 'incoming-text', 'call-ended']),
    callId: z.string().nullable(),
    messageId: z.string().nullable().openapi({ description: 'The text received that caused it' }),
    source: z.enum(['rule', 'flow']),
    sourceId: z.string(),
    sourceName: z.string(),
    action: z.enum(['send', 'skip']),
    reason: z.enum(DECISION_REASONS).openapi({ example: 'cooldown' }),
    detail: z.string().openapi({
      example: 'Skipped: an auto-reply went to this contact 42 min ago (cooldown 3 h)',
    }),
    variant: z.enum(AUTO_REPLY_VARIANTS).nullable().openapi({ example: 'after-hours' }),
    text: z.string().nullable(),
    sendAt: z.string().nullable(),
    replyMessageId: z.string().nullable().openapi({ description: 'The text it sent' }),
    delivery: z
      .object({
        status: z.enum(['received', ...DELIVERY]),
        error: z.string().nullable(),
        sentAt: z.string().nullable(),
      })
      .nullable(),
  })
  .openapi('AutoReplyDecision');

export const MessageSchema = z
  .object({
    id: z.string(),
    numberId: z.string().nullable(),
    direction: z.enum(['in', 'out']),
    author: z.enum(['contact', 'team', 'auto-reply']),
    contact: z.string(),
    business: z.string(),
    body: z.string(),
    status: z.enum(['received', ...DELIVERY]),
    error: z.string().nullable(),
    at: z.string(),
    sentAt: z.string().nullable(),
    decisions: z.array(DecisionSchema),
  })
  .openapi('Message');

export const TeamTextSchema = z.strictObject({
  to: z
    .string()
    .overwrite((value) => normalisePhoneInput(value))
    .regex(/^\+[1-9]\d{6,14}$/, 'Use an E.164 number, e.g. +14155550123')
    .openapi({ example: '+14155550123' }),
  body: z
    .string()
    .trim()
    .min(1, 'Write the text')
    .refine((b) => [...b].length <= 1600, 'A text may have at most 1600 characters')
    .openapi({ example: 'Hi, returning your call: does 3 pm work?' }),
});
