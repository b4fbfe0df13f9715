import { z } from 'zod';
import { describePrompt, type Prompt, PromptSchema, type SayPrompt, say } from '../../prompt.js';
import {
  defineNode,
  keyPressed,
  NodeLabelSchema,
  promptReferences,
  spokenLike,
} from '../define.js';

export const MENU_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;

export const MenuOptionSchema = z
  .strictObject({
    digit: z
      .enum(MENU_KEYS)
      .describe("The key the caller presses; also the id of the option's outcome (handle)."),
    label: z
      .string()
      .max(60)
      .default('')
      .describe('What the option is for, shown on the canvas ("Sales").'),
  })
  .describe('One key of the menu.');

export const PhoneMenuDataSchema = z
  .strictObject({
    label: NodeLabelSchema,
    prompt: PromptSchema.default(say('For sales, press 1. For support, press 2.')).describe(
      'What the caller hears before pressing a key.',
    ),
    options: z
      .array(MenuOptionSchema)
      .max(12)
      .default([])
      .describe('The keys the caller may press, at most one option per key.'),
    timeoutSeconds: z
      .number()
      .int()
      .min(1)
      .max(30)
      .default(5)
      .describe('Seconds of silence before an attempt counts as no input.'),
    attempts: z
      .number()
      .int()
      .min(1)
      .max(5)
      .default(3)
      .describe('How many times the prompt is played before `no-input` is taken.'),
    retryText: z
      .string()
      .max(300)
      .default("Sorry, I didn't get that.")
      .describe('Said before the prompt is repeated after silence or a wrong key.'),
  })
  .meta({
    description:
      'phone-menu: play a prompt and route by the key the caller presses. Outcomes: one per option digit, plus no-input (silence or an invalid key once the attempts are used up).',
  });
export type PhoneMenuData = z.output<typeof PhoneMenuDataSchema>;

/**
 * A phone menu's retry text as spoken: in its menu prompt's voice and
 * language; after a greeting from the library, in en-US with the default voice.
 *
 * @example
 * retryPrompt("Désolé.", { type: 'say', text: 'Tapez 1.', language: 'fr-FR', voice: 'fr-FR-DeniseNeural' });
 * // { type: 'say', text: 'Désolé.', language: 'fr-FR', voice: 'fr-FR-DeniseNeural' }
 */
export function retryPrompt(retryText: string, menuPrompt: Prompt): SayPrompt {
  return spokenLike(retryText, menuPrompt);
}

export const phoneMenu = defineNode({
  kind: 'phone-menu',
  label: 'Phone menu',
  description: 'Ask the caller to press a key and route by it',
  icon: 'grid-3x3',
  color: '#7c3aed',
  fieldTitles: {
    label: 'name',
    prompt: 'prompt',
    options: 'options',
    timeoutSeconds: 'timeout',
    attempts: 'number of attempts',
    retryText: 'retry text',
  },
  schema: PhoneMenuDataSchema,
  defaults: () =>
    PhoneMenuDataSchema.parse({
      options: [
        { digit: '1', label: 'Sales' },
        { digit: '2', label: 'Support' },
      ],
    }),
  outcomes: (data) => [
    ...data.options.map((o) => ({
      id: o.digit,
      label: o.label ? `${o.digit}: ${o.label}` : `Press ${o.digit}`,
    })),
    { id: 'no-input', label: 'No input' },
  ],
  summary: (data, names) => {
    const keys = data.options.map((o) => o.digit).join(', ');
    return `${describePrompt(data.prompt, names, 30)} · keys ${keys || 'none yet'}`;
  },
  describeTaken: (data, outcomeId) =>
    outcomeId === 'no-input' ? { text: 'no key pressed' } : keyPressed(data.options, outcomeId),
  // The retry text is said only when the prompt is played again. Revisions are
  // stored as published, not parsed again: a field may be missing.
  sentences: ({ retryText, attempts, prompt }) =>
    prompt && retryText?.trim() && (attempts ?? 1) > 1 ? [retryPrompt(retryText, prompt)] : [],
  waitsForCaller: true,
  takesTime: true,
  refersTo: promptReferences,
});
