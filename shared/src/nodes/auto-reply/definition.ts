import { z } from 'zod';
import { RefIdSchema } from '../../ids.js';
import { defineNode, NodeLabelSchema } from '../define.js';

/** Twilio refuses longer bodies (error 21617). */
export const SMS_MAX_CHARS = 1600;

export const AutoReplyDataSchema = z
  .strictObject({
    label: NodeLabelSchema,
    scheduleId: RefIdSchema.nullable()
      .default(null)
      .describe(
        'Id of the schedule that chooses among the texts; without one (null), inHoursText is always used.',
      ),
    inHoursText: z
      .string()
      .default('')
      .describe(
        'Text sent while the schedule is open (or always, without a schedule). May use {{variables}}.',
      ),
    afterHoursText: z
      .string()
      .default('')
      .describe(
        'Text sent while the schedule is closed, unless a weekend or holiday text applies. May use {{variables}}.',
      ),
    weekendText: z
      .string()
      .default('')
      .describe(
        'Text sent while the schedule is closed on a Saturday or Sunday (in its time zone); empty uses afterHoursText. May use {{variables}}.',
      ),
    holidayText: z
      .string()
      .default('')
      .describe(
        'Text sent while the schedule is closed by one of its closures (a holiday), even on a weekend; empty uses afterHoursText. May use {{variables}}.',
      ),
    onCallerHangUp: z
      .boolean()
      .default(false)
      .describe(
        'Also send when the caller hangs up before anyone answers and before the flow reaches an auto-reply: an abandoned call counts as a missed one.',
      ),
  })
  .meta({
    description:
      'auto-reply: a text message sent to the caller when the call ends, with an in-hours and an after-hours variant, and optionally a weekend and a holiday one. Connect it from the outcomes that should fire it. Outcomes: none; it never changes what the caller hears.',
  });
export type AutoReplyData = z.output<typeof AutoReplyDataSchema>;

export const autoReply = defineNode({
  kind: 'auto-reply',
  label: 'Auto-reply',
  description: 'Text the caller when the call ends',
  icon: 'message-square-reply',
  color: '#15803d',
  fieldTitles: {
    label: 'name',
    scheduleId: 'schedule',
    inHoursText: 'in-hours text',
    afterHoursText: 'after-hours text',
    weekendText: 'weekend text',
    holidayText: 'holiday text',
    onCallerHangUp: 'send on caller hang-up',
  },
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
  // It has no outcomes, and says nothing on the line.
  describeTaken: () => ({}),
  sentences: () => [],
  waitsForCaller: false,
  takesTime: false,
  refersTo: (data) => [{ kind: 'schedule', id: data.scheduleId ?? '', path: ['scheduleId'] }],
  worksUnconnected: (data) => data.onCallerHangUp,
});
