import { z } from 'zod';
import { defineNode, NodeLabelSchema } from '../define.js';

export const incomingCall = defineNode({
  kind: 'incoming-call',
  label: 'Incoming call',
  description: 'Where every call to the number starts',
  icon: 'phone-incoming',
  color: '#475569',
  schema: z.object({ label: NodeLabelSchema }),
  defaults: () => ({}),
  outcomes: () => [{ id: 'next', label: 'Call starts' }],
  summary: () => 'A caller dials your number',
  max: 1,
  waitsForCaller: false,
  takesTime: false,
});
