import { z } from 'zod';
import { describePrompt, PromptSchema, say } from '../../prompt.js';
import { defineNode, NodeLabelSchema, promptReferences } from '../define.js';

export const PlayMessageDataSchema = z
  .strictObject({
    label: NodeLabelSchema,
    prompt: PromptSchema.default(say('Thanks for calling.')).describe('What the caller hears.'),
  })
  .meta({
    description: 'play-message: speak text or play a recorded greeting, then go on. Outcome: next.',
  });
export type PlayMessageData = z.output<typeof PlayMessageDataSchema>;

export const playMessage = defineNode({
  kind: 'play-message',
  label: 'Play message',
  description: 'Speak text or play a recorded greeting',
  icon: 'megaphone',
  color: '#b45309',
  fieldTitles: { label: 'name', prompt: 'prompt' },
  schema: PlayMessageDataSchema,
  defaults: () => PlayMessageDataSchema.parse({}),
  outcomes: () => [{ id: 'next', label: 'Then' }],
  summary: (data, names) => describePrompt(data.prompt, names),
  // A message right after a named choice is what the choice named.
  describeTaken: (_data, _outcomeId, step) => ({ text: step, repeatsChoice: true }),
  sentences: () => [],
  waitsForCaller: false,
  takesTime: true,
  refersTo: promptReferences,
});
