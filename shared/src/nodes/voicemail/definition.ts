import { z } from 'zod';
import { PromptSchema, say } from '../../prompt.js';
import { defineNode, NodeLabelSchema } from '../define.js';

const DEFAULT_GREETING = 'Sorry we missed you. Please leave a message after the tone.';

export const VoicemailDataSchema = z
  .strictObject({
    label: NodeLabelSchema,
    greeting: PromptSchema.default(say(DEFAULT_GREETING)).describe(
      'What the caller hears before the recording starts.',
    ),
    maxLengthSeconds: z
      .number()
      .int()
      .min(5)
      .max(600)
      .default(120)
      .describe('Longest message, in seconds.'),
    transcribe: z
      .boolean()
      .default(true)
      .describe(
        'Transcribe the message to text. Transcription is not available yet (it comes with speech set-up); messages are recorded and kept either way.',
      ),
    playBeep: z.boolean().default(true).describe('Play a beep before the recording starts.'),
  })
  .meta({
    description:
      'voicemail: play a greeting and record a message. Outcomes: recorded (a message was left), no-message.',
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
  // Nothing transcribes yet, so the summary does not promise it whatever `transcribe` says.
  summary: (data) => `Records up to ${data.maxLengthSeconds} s into the voicemail inbox`,
  waitsForCaller: false,
  takesTime: true,
});
