import { z } from 'zod';
import { defineNode, NodeLabelSchema } from '../define.js';

export const hangUp = defineNode({
  kind: 'hang-up',
  label: 'Hang up',
  description: 'End the call',
  icon: 'phone-off',
  color: '#dc2626',
  fieldTitles: { label: 'name' },
  schema: z
    .strictObject({ label: NodeLabelSchema })
    .meta({ description: 'hang-up: end the call. Outcomes: none.' }),
  defaults: () => ({}),
  outcomes: () => [],
  summary: () => 'Ends the call',
  describeTaken: () => ({}),
  sentences: () => [],
  waitsForCaller: false,
  takesTime: false,
  refersTo: () => [],
});
