import { z } from 'zod';
import { RefIdSchema } from '../../ids.js';
import { defineNode, NodeLabelSchema } from '../define.js';

/** Twilio refuses longer bodies (error 21617). */
export const SMS_MAX_CHARS = 1600;

export const AutoReplyDataSchema = z.object({
  label: NodeLabelSchema,
  /** Chooses between the two texts; without one, the in-hours text is always used. */
  scheduleId: RefIdSchema.nullable().default(null),
  inHoursText: z.string().default(''),
  afterHoursText: z.string().default(''),
  /**
   * Also send when the caller hangs up before anyone answers and before the
   * flow reaches an auto-reply: an abandoned call counts as a missed one.
   */
  onCallerHangUp: z.boolean().default(false),
});
export type AutoReplyData = z.output<typeof AutoReplyDataSchema>;

export const autoReply = defineNode({
  kind: 'auto-reply',
  label: 'Auto-reply',
  description: 'Text the caller when the call ends',
  icon: 'message-square-reply',
  color: '#16a34a',
  schema: AutoReplyDataSchema,
  defaults: () =>
    AutoReplyDataSchema.parse({
      inHoursText: 'Sorry we missed your call at {{business.name}}. We will call you back shortly.',
      afterHoursText:
        'Thanks for calling {{business.name}}. We are closed now and open again {{hours.next_open}}.',
    }),
  outcomes: () => [],
  summary: (data) => {
    const text = data.inHoursText.trim() || data.afterHoursText.trim();
    if (!text) return 'No text yet';
    return `Texts "${text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text}"`;
  },
  waitsForCaller: false,
  takesTime: false,
});
