import { z } from 'zod';
import { DialAddressSchema } from '../../ids.js';
import { defineNode, dialTaken, NodeLabelSchema } from '../define.js';

export const ForwardCallDataSchema = z
  .strictObject({
    label: NodeLabelSchema,
    number: z
      .union([z.literal(''), DialAddressSchema])
      .default('')
      .describe(
        'The outside number (E.164) or SIP address to connect the caller to; empty until one is typed.',
      ),
    ringSeconds: z
      .number()
      .int()
      .min(5)
      .max(60)
      .default(30)
      .describe('Seconds to ring before the call counts as unanswered.'),
    callerId: z
      .enum(['caller', 'business'])
      .default('caller')
      .describe("Which number the forwarded party sees: the caller's, or the business line's."),
  })
  .meta({
    description:
      'forward-call: connect the caller to an outside number. Outcomes: answered, no-answer (busy, failed and unanswered alike).',
  });
export type ForwardCallData = z.output<typeof ForwardCallDataSchema>;

export const forwardCall = defineNode({
  kind: 'forward-call',
  label: 'Forward call',
  description: 'Connect the caller to an outside number',
  icon: 'phone-forwarded',
  color: '#0e7490',
  fieldTitles: {
    label: 'name',
    number: 'number',
    ringSeconds: 'ring duration',
    callerId: 'caller ID shown',
  },
  schema: ForwardCallDataSchema,
  defaults: () => ForwardCallDataSchema.parse({}),
  outcomes: () => [
    { id: 'answered', label: 'Answered' },
    { id: 'no-answer', label: 'No answer' },
  ],
  summary: (data) =>
    data.number ? `Forwards to ${data.number} for ${data.ringSeconds} s` : 'No number yet',
  describeTaken: (_data, outcomeId, step) => dialTaken(outcomeId, step),
  sentences: () => [],
  waitsForCaller: false,
  takesTime: true,
  refersTo: () => [],
  dials: true,
});
