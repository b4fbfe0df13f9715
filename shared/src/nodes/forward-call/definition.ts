import { z } from 'zod';
import { defineNode, NodeLabelSchema } from '../define.js';

export const ForwardCallDataSchema = z.object({
  label: NodeLabelSchema,
  /** An outside number or SIP address; empty until the admin types one. */
  number: z
    .string()
    .regex(/^(|\+[1-9]\d{6,14}|sips?:[^\s@]+@[^\s@]+)$/, 'Use an international number or a SIP address')
    .default(''),
  ringSeconds: z.number().int().min(5).max(60).default(30),
  /** Which number the forwarded party sees: the caller's, or the business line's. */
  callerId: z.enum(['caller', 'business']).default('caller'),
});
export type ForwardCallData = z.output<typeof ForwardCallDataSchema>;

export const forwardCall = defineNode({
  kind: 'forward-call',
  label: 'Forward call',
  description: 'Connect the caller to an outside number',
  icon: 'phone-forwarded',
  color: '#0891b2',
  schema: ForwardCallDataSchema,
  defaults: () => ForwardCallDataSchema.parse({}),
  outcomes: () => [
    { id: 'answered', label: 'Answered' },
    { id: 'no-answer', label: 'No answer' },
  ],
  summary: (data) =>
    data.number ? `Forwards to ${data.number} for ${data.ringSeconds} s` : 'No number yet',
  waitsForCaller: false,
  takesTime: true,
});
