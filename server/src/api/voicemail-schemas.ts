/**
 * @module
 * The voicemail inbox's JSON shapes, and how a stored voicemail becomes one.
 */
import { z } from '@hono/zod-openapi';
import { CALL_OUTCOMES } from '@ringflow/shared';
import type { InboxVoicemail, VoicemailComment } from '../db/voicemail-inbox.js';
import { InstantSchema } from './schemas.js';

const Person = z.object({ id: z.string(), name: z.string() });

export const VoicemailSummarySchema = z
  .object({
    id: z.string(),
    callId: z.string().nullable(),
    numberId: z.string().nullable(),
    numberName: z.string().nullable(),
    caller: z.string().openapi({ example: '+14155550123' }),
    business: z.string().openapi({ example: '+14155550100' }),
    at: z.string().openapi({ description: 'When the message was left' }),
    durationSeconds: z.number().nullable().openapi({
      description: "Read from the audio once stored; the provider's figure until then",
    }),
    audio: z.object({
      status: z.enum(['fetching', 'stored', 'unavailable', 'deleted']),
      error: z.string().nullable().openapi({
        description: 'Why the audio is not (yet) here: the last copy attempt, or the final reason',
      }),
      contentType: z.string().nullable(),
      bytes: z.number().int().nullable(),
      deletedAt: z.string().nullable(),
      deletedReason: z.enum(['retention', 'user']).nullable(),
      url: z.string().nullable().openapi({
        description: 'Where to play it when stored',
        example: '/api/voicemails/vm_1/audio',
      }),
    }),
    transcript: z.object({
      status: z.enum(['none', 'pending', 'done', 'failed']),
      text: z.string().nullable(),
      error: z.string().nullable(),
      language: z.string().nullable().openapi({ description: 'The language spoken, e.g. en-US' }),
      confidence: z
        .number()
        .nullable()
        .openapi({ description: "0..1, the engine's; null when it gave none" }),
      engine: z.enum(['azure', 'twilio']).nullable(),
      editedAt: z.string().nullable().openapi({ description: 'When a person last corrected it' }),
      editedBy: Person.nullable(),
    }),
    status: z.enum(['new', 'handled']),
    handledAt: z.string().nullable(),
    handledBy: Person.nullable(),
    assignee: Person.nullable(),
    read: z.boolean().openapi({ description: 'Opened by the signed-in user' }),
    commentCount: z.number().int(),
  })
  .openapi('VoicemailSummary');

export const CommentSchema = z
  .object({
    id: z.string(),
    author: z.object({
      id: z.string().nullable().openapi({ description: 'Null once the account is removed' }),
      name: z.string(),
    }),
    body: z.string(),
    at: z.string(),
  })
  .openapi('VoicemailComment');

export const VoicemailDetailSchema = VoicemailSummarySchema.extend({
  comments: z.array(CommentSchema),
  call: z
    .object({ id: z.string(), outcome: z.enum(CALL_OUTCOMES).nullable(), startedAt: z.string() })
    .nullable(),
  providerDeletedAt: z.string().nullable().openapi({
    description: "When the provider's copy was deleted (numbers that ask for it)",
  }),
}).openapi('Voicemail');

export const ListQuery = z.object({
  numberId: z.string().max(128).optional(),
  status: z.enum(['new', 'handled']).optional(),
  assignee: z.string().min(1).max(128).optional().openapi({ description: '`me`, or a user id' }),
  q: z.string().max(200).optional().openapi({
    description: 'Searched in transcripts and, by digits, in caller numbers ("555 0123")',
  }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: InstantSchema.optional().openapi({
    description: 'Only voicemails left before this instant (next page)',
  }),
});

export const PatchSchema = z.strictObject({
  status: z.enum(['new', 'handled']).optional(),
  assigneeId: z
    .string()
    .min(1)
    .max(128)
    .nullable()
    .optional()
    .openapi({ description: 'A user id; null to unassign' }),
});

export const TranscriptPatchSchema = z.strictObject({
  text: z.string().trim().min(1, 'Write the transcript, or leave it as it is').max(10_000),
});

export const NewCommentSchema = z.strictObject({
  body: z.string().trim().min(1, 'Write something').max(2000),
});

const person = (id: string | null, name: string | null) =>
  id && name !== null ? { id, name } : null;

/** A stored voicemail as the inbox lists it. */
export function toSummary(v: InboxVoicemail): z.infer<typeof VoicemailSummarySchema> {
  return {
    id: v.id,
    callId: v.callId,
    numberId: v.numberId,
    numberName: v.numberName,
    caller: v.caller,
    business: v.business,
    at: v.at,
    durationSeconds: v.durationSeconds,
    audio: {
      status: v.audioStatus,
      error: v.audioError,
      contentType: v.audioContentType,
      bytes: v.audioBytes,
      deletedAt: v.audioDeletedAt,
      deletedReason: v.audioDeletedReason,
      url: v.audioStatus === 'stored' ? `/api/voicemails/${encodeURIComponent(v.id)}/audio` : null,
    },
    transcript: {
      status: v.transcriptStatus,
      text: v.transcript,
      error: v.transcriptError,
      language: v.transcriptLanguage,
      confidence: v.transcriptConfidence,
      engine: v.transcriptEngine,
      editedAt: v.transcriptEditedAt,
      editedBy: person(v.transcriptEditedBy, v.transcriptEditedByName),
    },
    status: v.status,
    handledAt: v.handledAt,
    handledBy: person(v.handledBy, v.handledByName),
    assignee: person(v.assigneeId, v.assigneeName),
    read: v.read,
    commentCount: v.commentCount,
  };
}

export function toComment(c: VoicemailComment): z.infer<typeof CommentSchema> {
  return { id: c.id, author: { id: c.authorId, name: c.authorName }, body: c.body, at: c.at };
}
