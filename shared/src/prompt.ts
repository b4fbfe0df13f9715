import { z } from 'zod';
import { RefIdSchema } from './ids.js';

export const SayPromptSchema = z
  .strictObject({
    type: z.literal('say'),
    text: z.string().max(4000).describe('The words to speak.'),
    voice: z
      .string()
      .max(64)
      .optional()
      .describe("The provider's voice name; the provider's default voice when absent."),
    language: z
      .string()
      .max(16)
      .default('en-US')
      .describe('BCP 47 language tag of the text, e.g. en-US or fr-FR.'),
  })
  .describe('Text the provider speaks with its text-to-speech voice.');

export const AudioPromptSchema = z
  .strictObject({
    type: z.literal('audio'),
    greetingId: RefIdSchema.describe('Id of the greeting in the greetings library.'),
  })
  .describe('A recorded greeting from the greetings library (uploaded, recorded or synthesised).');

export const PromptSchema = z
  .discriminatedUnion('type', [SayPromptSchema, AudioPromptSchema])
  .describe('What the caller hears: spoken text (`say`) or an audio greeting (`audio`).');

export type SayPrompt = z.output<typeof SayPromptSchema>;
export type AudioPrompt = z.output<typeof AudioPromptSchema>;
export type Prompt = z.output<typeof PromptSchema>;

/** A say prompt with the default language, for node defaults. */
export function say(text: string): SayPrompt {
  return { type: 'say', text, language: 'en-US' };
}

/** The first words of a prompt, for one-line summaries. */
export function describePrompt(prompt: Prompt, names?: NameLookup, max = 40): string {
  if (prompt.type === 'audio') {
    const name = names?.greeting?.(prompt.greetingId);
    return `Plays greeting ${name ? `"${name}"` : prompt.greetingId || '(none chosen)'}`;
  }
  const text = prompt.text.trim();
  if (!text) return 'Says nothing yet';
  return `"${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}"`;
}

/** Resolves ids to the names people gave them, when the caller knows them. */
export interface NameLookup {
  member?(id: string): string | undefined;
  schedule?(id: string): string | undefined;
  greeting?(id: string): string | undefined;
}
