import { z } from 'zod';
import { PromptSchema, say } from '../../prompt.js';
import { defineNode, NodeLabelSchema } from '../define.js';

const DEFAULT_GREETING = 'Sorry we missed you. Please leave a message after the tone.';

export const VoicemailDataSchema = z.object({
  label: NodeLabelSchema,
  greeting: PromptSchema.default(say(DEFAULT_GREETING)),
  maxLengthSeconds: z.number().int().min(5).max(600).default(120),
  transcribe: z.boolean().default(true),
  playBeep: z.boolean().default(true),
});
export type VoicemailData = z.output<typeof VoicemailDataSchema>;

export const voicemail = defineNode({
  kind: 'voicemail',
  label: 'Voicemail',
  description: 'Play a greeting and record a message',
  icon: 'voicemail',
  color: '#db2777',
  schema: VoicemailDataSchema,
  defaults: () => VoicemailDataSchema.parse({}),
  outcomes: () => [
    { id: 'recorded', label: 'Message left' },
    { id: 'no-message', label: 'No message' },
  ],
  summary: (data) =>
    `Records up to ${data.maxLengthSeconds} s${data.transcribe ? ', transcribed' : ''}`,
  waitsForCaller: false,
  takesTime: true,
});

