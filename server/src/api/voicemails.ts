import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getCall } from '../db/calls.js';
import { type Connection, transaction } from '../db/sql/connection.js';
import { getUser, listUsers } from '../db/users.js';
import {
  addComment,
  getInboxVoicemail,
  listComments,
  listInbox,
  markRead,
  markUnread,
  markVoicemailDeleted,
  unreadCount,
  updateHandling,
} from '../db/voicemail-inbox.js';
import { editTranscript } from '../db/voicemail-transcripts.js';
import { getVoicemail, recordAudioDeleted, type Voicemail } from '../db/voicemails.js';
import type { ServerDeps } from '../deps.js';
import { removeAudioFile } from '../voicemail/audio-file.js';
import { auditChange } from './audit-change.js';
import { badField, errorResponses, notFound } from './errors.js';
import type { ApiEnv } from './router.js';
import { router } from './router.js';
import { IdParams, json, jsonBody } from './schemas.js';
import { audioResponse } from './voicemail-audio.js';
import {
  CommentSchema,
  ListQuery,
  NewCommentSchema,
  PatchSchema,
  TranscriptPatchSchema,
  toComment,
  toSummary,
  VoicemailDetailSchema,
  VoicemailSummarySchema,
} from './voicemail-schemas.js';

const tags = ['Voicemails'];
const Binary = z.string().openapi({ format: 'binary' });
const audioContent = { 'audio/wav': { schema: Binary }, 'audio/mpeg': { schema: Binary } };

const listRoute = createRoute({
  method: 'get',
  path: '/voicemails',
  tags,
  summary: 'The voicemail inbox, newest first (deleted ones left out)',
  request: { query: ListQuery },
  responses: {
    200: json(
      z.object({
        voicemails: z.array(VoicemailSummarySchema),
        nextBefore: z
          .string()
          .nullable()
          .openapi({ description: 'Pass as `before` for the next page; null on the last' }),
      }),
      'A page of voicemails',
    ),
    ...errorResponses(400),
  },
});
const unreadRoute = createRoute({
  method: 'get',
  path: '/voicemails/unread-count',
  tags,
  summary: 'How many new voicemails the signed-in user has not opened',
  responses: { 200: json(z.object({ unread: z.number().int() }), 'The count') },
});
const assigneesRoute = createRoute({
  method: 'get',
  path: '/voicemails/assignees',
  tags,
  summary: 'Who a voicemail can be assigned to: every account, by name',
  responses: {
    200: json(
      z.object({ users: z.array(z.object({ id: z.string(), name: z.string() })) }),
      'Every account',
    ),
  },
});
const getRoute = createRoute({
  method: 'get',
  path: '/voicemails/{id}',
  tags,
  summary: 'One voicemail with its comments and call',
  request: { params: IdParams },
  responses: { 200: json(VoicemailDetailSchema, 'The voicemail'), ...errorResponses(404) },
});
const readRoute = createRoute({
  method: 'post',
  path: '/voicemails/{id}/read',
  tags,
  summary: 'Mark it opened by the signed-in user',
  request: { params: IdParams },
  responses: { 204: { description: 'Marked read' }, ...errorResponses(404) },
});
const unreadOneRoute = createRoute({
  method: 'delete',
  path: '/voicemails/{id}/read',
  tags,
  summary: 'Mark it unread again for the signed-in user',
  request: { params: IdParams },
  responses: { 204: { description: 'Marked unread' }, ...errorResponses(404) },
});
const patchRoute = createRoute({
  method: 'patch',
  path: '/voicemails/{id}',
  tags,
  summary: 'Mark it handled (or new again), or assign it',
  request: { params: IdParams, body: jsonBody(PatchSchema) },
  responses: { 200: json(VoicemailDetailSchema, 'The voicemail'), ...errorResponses(400, 404) },
});
const transcriptRoute = createRoute({
  method: 'patch',
  path: '/voicemails/{id}/transcript',
  tags,
  summary: 'Correct the transcript (the engine stays named; who corrected it and when are kept)',
  request: { params: IdParams, body: jsonBody(TranscriptPatchSchema) },
  responses: { 200: json(VoicemailDetailSchema, 'The voicemail'), ...errorResponses(400, 404) },
});
const commentRoute = createRoute({
  method: 'post',
  path: '/voicemails/{id}/comments',
  tags,
  summary: 'Add a comment',
  request: { params: IdParams, body: jsonBody(NewCommentSchema) },
  responses: {
    201: json(z.object({ comment: CommentSchema }), 'The comment'),
    ...errorResponses(400, 404),
  },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/voicemails/{id}',
  tags,
  summary: 'Delete it: the audio file goes at once, and it leaves the inbox',
  request: { params: IdParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(404) },
});
const audioRoute = createRoute({
  method: 'get',
  path: '/voicemails/{id}/audio',
  tags,
  summary: 'The audio, with HTTP ranges (206) for seeking',
  request: {
    params: IdParams,
    query: z.object({
      download: z
        .enum(['0', '1'])
        .optional()
        .openapi({ description: '1: as an attachment with a file name' }),
    }),
  },
  responses: {
    200: { description: 'The whole file', content: audioContent },
    206: { description: 'The range asked for', content: audioContent },
    416: { description: 'The range is outside the file (see Content-Range)' },
    ...errorResponses(404),
  },
});

type Ctx = Context<ApiEnv>;

/** The voicemail inbox: listen, read marks, comments, who handles it, delete. */
export function voicemailsApi(deps: ServerDeps) {
  const { db, clock, config, log } = deps;
  const userOf = (c: Ctx) => c.get('caller').user;
  /** A voicemail that is not deleted, or a 404. */
  const live = async (id: string, on: Connection = db): Promise<Voicemail> => {
    const voicemail = await getVoicemail(on, id);
    if (!voicemail || voicemail.deletedAt) notFound('voicemail', id);
    return voicemail;
  };
  const detail = async (id: string, userId: string) => {
    const voicemail = await getInboxVoicemail(db, id, userId);
    if (!voicemail || voicemail.deletedAt) return notFound('voicemail', id);
    const call = voicemail.callId ? await getCall(db, voicemail.callId) : undefined;
    return {
      ...toSummary(voicemail),
      comments: (await listComments(db, id)).map(toComment),
      call: call ? { id: call.id, outcome: call.outcome, startedAt: call.startedAt } : null,
      providerDeletedAt: voicemail.providerDeletedAt,
    };
  };

  return router()
    .openapi(listRoute, async (c) => {
      const { assignee, ...query } = c.req.valid('query');
      const userId = userOf(c).id;
      const voicemails = await listInbox(db, {
        ...query,
        userId,
        assigneeId: assignee === 'me' ? userId : assignee,
      });
      const last = voicemails.at(-1);
      const nextBefore = voicemails.length === query.limit && last ? last.at : null;
      return c.json({ voicemails: voicemails.map(toSummary), nextBefore }, 200);
    })
    .openapi(unreadRoute, async (c) => c.json({ unread: await unreadCount(db, userOf(c).id) }, 200))
    .openapi(assigneesRoute, async (c) => {
      const users = (await listUsers(db))
        .map(({ id, name }) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name));
      return c.json({ users }, 200);
    })
    .openapi(getRoute, async (c) =>
      c.json(await detail(c.req.valid('param').id, userOf(c).id), 200),
    )
    .openapi(readRoute, async (c) => {
      const { id } = c.req.valid('param');
      await live(id);
      await markRead(db, id, userOf(c).id, clock.now().toISOString());
      return c.body(null, 204);
    })
    .openapi(unreadOneRoute, async (c) => {
      const { id } = c.req.valid('param');
      await live(id);
      await markUnread(db, id, userOf(c).id);
      return c.body(null, 204);
    })
    .openapi(patchRoute, async (c) => {
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const user = userOf(c);
      await transaction(db, async (tx) => {
        await live(id, tx);
        if (patch.assigneeId && !(await getUser(tx, patch.assigneeId))) {
          badField('assigneeId', `No user with id "${patch.assigneeId}"`);
        }
        await updateHandling(tx, id, patch, { userId: user.id, at: clock.now().toISOString() });
        await auditChange({ ...deps, db: tx }, c, 'voicemail.update', id, patch);
      });
      return c.json(await detail(id, user.id), 200);
    })
    .openapi(transcriptRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { text } = c.req.valid('json');
      const user = userOf(c);
      await transaction(db, async (tx) => {
        await live(id, tx);
        await editTranscript(tx, id, { text, userId: user.id, at: clock.now().toISOString() });
        await auditChange({ ...deps, db: tx }, c, 'voicemail.transcript', id, {
          chars: text.length,
        });
      });
      return c.json(await detail(id, user.id), 200);
    })
    .openapi(commentRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { body } = c.req.valid('json');
      const user = userOf(c);
      const comment = await transaction(db, async (tx) => {
        await live(id, tx);
        await auditChange({ ...deps, db: tx }, c, 'voicemail.comment', id, { chars: body.length });
        return await addComment(tx, {
          voicemailId: id,
          authorId: user.id,
          authorName: user.name,
          body,
          at: clock.now().toISOString(),
        });
      });
      return c.json({ comment: toComment(comment) }, 201);
    })
    .openapi(deleteRoute, async (c) => {
      const { id } = c.req.valid('param');
      const at = clock.now().toISOString();
      const voicemail = await transaction(db, async (tx) => {
        const found = await live(id, tx);
        await markVoicemailDeleted(tx, id, userOf(c).id, at);
        await recordAudioDeleted(tx, id, 'user', at);
        await auditChange({ ...deps, db: tx }, c, 'voicemail.delete', id, {
          caller: found.caller,
          at: found.at,
        });
        return found;
      });
      if (voicemail.audioFile) {
        try {
          await removeAudioFile(config.dataDir, voicemail.audioFile);
        } catch (error) {
          log.error('voicemail: could not remove the audio file', {
            voicemailId: id,
            file: voicemail.audioFile,
            error: String(error),
          });
        }
      }
      return c.body(null, 204);
    })
    .openapi(audioRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { download } = c.req.valid('query');
      return audioResponse(config.dataDir, await live(id), {
        range: c.req.header('Range'),
        download: download === '1',
      });
    });
}
