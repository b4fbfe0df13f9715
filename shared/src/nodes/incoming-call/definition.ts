import { z } from 'zod';
import { defineNode, NodeLabelSchema } from '../define.js';

export const incomingCall = defineNode({
  kind: 'incoming-call',
  label: 'Incoming call',
  description: 'Where every call to the number starts',
  icon: 'phone-incoming',
  color: '#475569',
  fieldTitles: { label: 'name' },
  schema: z.strictObject({ label: NodeLabelSchema }).meta({
    description:
      'incoming-call: the single entry, where every call to the number starts. Outcome: next.',
  }),
  defaults: () => ({}),
  outcomes: () => [{ id: 'next', label: 'Call starts' }],
  summary: () => 'A caller dials your number',
  describeTaken: () => ({}),
  sentences: () => [],
  max: 1,
  waitsForCaller: false,
  takesTime: false,
  refersTo: () => [],
  entry: true,
});
