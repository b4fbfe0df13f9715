/**
 * @module
 * A phone number's auto-reply settings: the rules that text a contact back
 * after a missed call, a voicemail or an incoming text, and the guards that
 * keep those texts rare. The server stores them per number; the decision
 * logic in flow-runtime reads them.
 */
import { z } from 'zod';
import { SMS_MAX_CHARS } from '../nodes/auto-reply/definition.js';
import { isOverSmsLimit } from '../sms/segments.js';

/** What a rule answers. */
export const AUTO_REPLY_TRIGGERS = ['missed-call', 'voicemail', 'incoming-text'] as const;
export type AutoReplyTrigger = (typeof AUTO_REPLY_TRIGGERS)[number];

// Counted as characters (code points) like isOverSmsLimit, so an emoji is one, as Twilio counts it.
const text = z
  .string()
  .refine(
    (value) => !isOverSmsLimit(value),
    `A text may have at most ${SMS_MAX_CHARS} characters: Twilio refuses longer messages`,
  )
  .nullable()
  .default(null);

/**
 * One text per situation. null means "nothing of its own": no text while open
 * (inHours) or while closed (afterHours); the after-hours text on weekends and
 * holidays (weekend, holiday).
 */
export const AutoReplyTextsSchema = z.strictObject({
  inHours: text.describe(
    'Sent while the schedule is open, or always without one; null sends nothing.',
  ),
  afterHours: text.describe('Sent while the schedule is closed; null sends nothing.'),
  weekend: text.describe(
    'Sent while closed on a Saturday or Sunday; null uses the after-hours text.',
  ),
  holiday: text.describe('Sent while closed by a closure; null uses the after-hours text.'),
});
export type AutoReplyTexts = z.output<typeof AutoReplyTextsSchema>;

export const AutoReplyRuleSchema = z.strictObject({
  id: z.string().min(1).max(64),
  /** Shown in the list of rules, never sent. */
  name: z.string().min(1).max(120),
  trigger: z.enum(AUTO_REPLY_TRIGGERS),
  /** Off keeps the rule and its texts without sending anything. */
  active: z.boolean().default(true),
  texts: AutoReplyTextsSchema,
  /** Incoming texts only: answer a contact's first ever message to this number, not the next ones. */
  firstMessageOnly: z.boolean().default(false),
  /** Some platforms ignore an instant automatic reply; a delay sends it later. */
  delayMinutes: z.number().int().min(0).max(1440).default(0),
});
export type AutoReplyRule = z.output<typeof AutoReplyRuleSchema>;
export type AutoReplyRuleInput = z.input<typeof AutoReplyRuleSchema>;

/** What keeps auto-replies rare: a bad guard means a contact gets texts they did not ask for. */
export const AutoReplyGuardsSchema = z.strictObject({
  /** At most one auto-reply per contact in this time: several missed calls give one text. */
  cooldownMinutes: z.number().int().min(0).max(10080).default(180),
  /** No auto-reply this long after the team called or texted the contact: never cut into a conversation. */
  conversationMinutes: z.number().int().min(0).max(10080).default(180),
  /** Never answer short codes, sender ids, other autoresponders or bursts of texts. */
  ignoreAutomated: z.boolean().default(true),
  /** This many incoming texts within burstMinutes look like a robot, not a person. */
  burstMessages: z.number().int().min(2).max(100).default(5),
  burstMinutes: z.number().int().min(1).max(1440).default(10),
});
export type AutoReplyGuards = z.output<typeof AutoReplyGuardsSchema>;

export const AutoReplySettingsSchema = z
  .strictObject({
    rules: z.array(AutoReplyRuleSchema).max(50).default([]),
    guards: AutoReplyGuardsSchema.prefault({}),
  })
  .superRefine((settings, ctx) => {
    const seen = new Set<string>();
    settings.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `Two rules have the id "${rule.id}"; each rule needs its own`,
          path: ['rules', i, 'id'],
        });
      }
      seen.add(rule.id);
    });
  });
export type AutoReplySettings = z.output<typeof AutoReplySettingsSchema>;
export type AutoReplySettingsInput = z.input<typeof AutoReplySettingsSchema>;

/**
 * Settings of a number nobody has configured: no rules, the default guards.
 *
 * @example
 * defaultAutoReplySettings().guards.cooldownMinutes; // 180
 */
export function defaultAutoReplySettings(): AutoReplySettings {
  return AutoReplySettingsSchema.parse({});
}
