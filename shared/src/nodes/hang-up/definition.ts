import { z } from 'zod';
import { defineNode, NodeLabelSchema } from '../define.js';

const HangUpDataSchema = z
  .strictObject({
    label: NodeLabelSchema,
    block: z
      .boolean()
      .default(false)
      .describe(
        'Treat the caller as blocked: the call ends as blocked, not missed, so no missed-call text or notification goes out and the call log says Blocked.',
      ),
  })
  .meta({ description: 'hang-up: end the call. Outcomes: none.' });

export const hangUp = defineNode({
  kind: 'hang-up',
  label: 'Hang up',
  description: 'End the call',
  icon: 'phone-off',
  color: '#dc2626',
  fieldTitles: { label: 'name', block: 'treat as blocked' },
  schema: HangUpDataSchema,
  defaults: () => HangUpDataSchema.parse({}),
  outcomes: () => [],
  summary: (data) => (data.block ? 'Blocks the caller' : 'Ends the call'),
  describeTaken: () => ({}),
  sentences: () => [],
  waitsForCaller: false,
  takesTime: false,
  refersTo: () => [],
});
