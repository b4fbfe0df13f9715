import { z } from 'zod';
import { type Prompt, PromptSchema, type SayPrompt, say } from '../../prompt.js';
import {
  defineNode,
  keyPressed,
  NodeLabelSchema,
  promptReferences,
  spokenLike,
} from '../define.js';
import { MENU_KEYS } from '../phone-menu/definition.js';

export const VoicemailKeySchema = z
  .strictObject({
    digit: z
      .enum(MENU_KEYS)
      .describe('The key the caller presses during the greeting; its outcome is `key-<digit>`.'),
    label: z
      .string()
      .max(60)
      .default('')
      .describe('What the key is for, shown on the canvas ("Urgent").'),
  })
  .describe('A key the caller may press during the greeting instead of leaving a message.');
export type VoicemailKey = z.output<typeof VoicemailKeySchema>;

/** The outcome (handle) a key pressed during the greeting leaves by. */
export function voicemailKeyOutcome(digit: string): string {
  return `key-${digit}`;
}

const DEFAULT_GREETING = 'Sorry we missed you. Please leave a message after the tone.';

/** Said before the beep when a voicemail's greeting is missing or silent. */
export const DEFAULT_VOICEMAIL_GREETING = 'Please leave a message after the tone.';

/**
 * The default voicemail words said in place of `greeting` (missing, or
 * blank): in a spoken greeting's voice and language; in place of a greeting
 * from the library, in en-US with the default voice.
 *
 * @example
 * voicemailFallbackPrompt({ type: 'audio', greetingId: 'greet_1' });
 * // { type: 'say', text: 'Please leave a message after the tone.', language: 'en-US' }
 */
export function voicemailFallbackPrompt(greeting: Prompt): SayPrompt {
  return spokenLike(DEFAULT_VOICEMAIL_GREETING, greeting);
}

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
        'Transcribe the message to text: by Azure Speech when it is set up, otherwise by Twilio (English only, messages up to 2 minutes). Messages are recorded and kept either way.',
      ),
    playBeep: z.boolean().default(true).describe('Play a beep before the recording starts.'),
    keys: z
      .array(VoicemailKeySchema)
      .max(12)
      .default([])
      .describe(
        'Keys the caller may press during the greeting ("press 0 for an urgent matter"), at most one per key; each leaves by its own outcome instead of recording.',
      ),
  })
  .meta({
    description:
      'voicemail: play a greeting and record a message. Outcomes: recorded (a message was left), no-message, and key-<digit> for each key pressed during the greeting.',
  });
export type VoicemailData = z.output<typeof VoicemailDataSchema>;

export const voicemail = defineNode({
  kind: 'voicemail',
  label: 'Voicemail',
  description: 'Play a greeting and record a message',
  icon: 'voicemail',
  color: '#db2777',
  fieldTitles: {
    label: 'name',
    greeting: 'greeting',
    maxLengthSeconds: 'maximum message length',
    transcribe: 'transcription',
    playBeep: 'beep',
    keys: 'keys during the greeting',
  },
  schema: VoicemailDataSchema,
  defaults: () => VoicemailDataSchema.parse({}),
  outcomes: (data) => [
    { id: 'recorded', label: 'Message left' },
    { id: 'no-message', label: 'No message' },
    // A key listed twice is a validator error; until it is fixed, it is one outcome.
    ...uniqueVoicemailKeys(data.keys).map((k) => ({
      id: voicemailKeyOutcome(k.digit),
      label: k.label ? `Pressed ${k.digit}: ${k.label}` : `Pressed ${k.digit}`,
    })),
  ],
  summary: (data) => {
    const keys = uniqueVoicemailKeys(data.keys).map((k) => k.digit);
    const during = keys.length ? ` · keys ${keys.join(', ')} during the greeting` : '';
    const transcript = data.transcribe ? ', transcript requested' : '';
    return `Records up to ${data.maxLengthSeconds} s into the voicemail inbox${transcript}${during}`;
  },
  describeTaken: (data, outcomeId) => {
    if (outcomeId === 'no-message') return { missedAs: 'voicemail, no message' };
    const digit = uniqueVoicemailKeys(data.keys).find(
      (k) => voicemailKeyOutcome(k.digit) === outcomeId,
    )?.digit;
    if (digit === undefined) return {};
    const pressed = keyPressed(data.keys, digit);
    return { ...pressed, text: `${pressed.text} during the greeting` };
  },
  // A greeting from the library may be gone by the time a call comes. Revisions
  // are stored as published, not parsed again: the greeting may be missing.
  sentences: ({ greeting }) =>
    greeting && (greeting.type === 'audio' || !greeting.text?.trim())
      ? [voicemailFallbackPrompt(greeting)]
      : [],
  waitsForCaller: false,
  takesTime: true,
  refersTo: promptReferences,
});

/**
 * A voicemail's keys with each digit once, the first of a duplicate winning.
 * Revisions published before keys existed are stored without them: none.
 *
 * @example
 * uniqueVoicemailKeys([{ digit: '0', label: 'Urgent' }, { digit: '0', label: '' }]); // [{ digit: '0', label: 'Urgent' }]
 */
export function uniqueVoicemailKeys(keys: readonly VoicemailKey[] | undefined): VoicemailKey[] {
  const all = keys ?? [];
  return all.filter((k, i) => all.findIndex((other) => other.digit === k.digit) === i);
}
