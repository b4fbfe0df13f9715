/**
 * @module
 * The greetings library's JSON shapes, and how a stored greeting becomes one.
 */
import { z } from '@hono/zod-openapi';
import type { Greeting } from '../db/greetings.js';

export const GreetingSchema = z
  .object({
    id: z.string(),
    name: z.string().openapi({ example: 'Welcome' }),
    source: z.enum(['upload', 'recording', 'tts']),
    contentType: z.string().nullable().openapi({ example: 'audio/wav' }),
    durationSeconds: z.number().nullable().openapi({ description: 'Read from the file' }),
    bytes: z.number().int().nullable(),
    version: z.number().int().openapi({ description: 'Moves on when the audio is replaced' }),
    text: z.string().nullable().openapi({ description: 'Text-to-speech greetings: the words' }),
    voice: z.string().nullable(),
    language: z.string().nullable(),
    synthesis: z
      .object({
        status: z.enum(['pending', 'done', 'failed', 'unavailable']),
        error: z.string().nullable(),
      })
      .nullable()
      .openapi({
        description:
          "Text-to-speech greetings only. 'unavailable': no speech engine is set up, the provider's voice speaks the text",
      }),
    audioUrl: z.string().nullable().openapi({
      description: 'Where a signed-in user plays it; null until there is audio',
      example: '/api/greetings/greet_1/audio?v=2',
    }),
    usedBy: z.array(z.string()).openapi({
      description: 'The flows that play it, published revisions and drafts',
      example: ['flow "Main" (node vm)', 'flow "Main" (draft, nodes menu, vm)'],
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Greeting');

const Name = z.string().trim().min(1, 'Give the greeting a name').max(100);
const Text = z
  .string()
  .trim()
  .min(1, 'Type the words to speak')
  .max(3000, 'At most 3,000 characters');
const Voice = z
  .string()
  .trim()
  .min(1, 'Choose a voice')
  .max(64)
  .openapi({ example: 'en-US-JennyNeural' });
const Language = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language tag such as en-US')
  .openapi({ example: 'en-US' });

/** The audio file part of an upload; the bytes are checked by the handler. */
const FileField = z
  .custom<File>((value) => value instanceof File, 'Attach an MP3 or WAV file')
  .openapi({ type: 'string', format: 'binary' });

export const UploadFormSchema = z.object({
  name: Name,
  source: z
    .enum(['upload', 'recording'])
    .default('upload')
    .openapi({ description: "'recording' for audio recorded in the browser" }),
  file: FileField,
});

export const ReplaceFormSchema = z.object({ file: FileField });

export const NewTtsSchema = z.strictObject({
  name: Name,
  text: Text,
  voice: Voice,
  language: Language,
});

export const PatchGreetingSchema = z.strictObject({
  name: Name.optional(),
  text: Text.optional(),
  voice: Voice.optional(),
  language: Language.optional(),
});

/**
 * A stored greeting as the API shows it.
 *
 * @example
 * toGreeting(greeting, greetingsInUse(db).get(greeting.id) ?? []);
 */
export function toGreeting(greeting: Greeting, usedBy: string[]): z.infer<typeof GreetingSchema> {
  return {
    id: greeting.id,
    name: greeting.name,
    source: greeting.source,
    contentType: greeting.contentType,
    durationSeconds: greeting.durationSeconds,
    bytes: greeting.bytes,
    version: greeting.version,
    text: greeting.text,
    voice: greeting.voice,
    language: greeting.language,
    synthesis:
      greeting.source === 'tts'
        ? { status: greeting.synthesisStatus ?? 'unavailable', error: greeting.synthesisError }
        : null,
    audioUrl: greeting.file ? `/api/greetings/${greeting.id}/audio?v=${greeting.version}` : null,
    usedBy,
    createdAt: greeting.createdAt,
    updatedAt: greeting.updatedAt,
  };
}
