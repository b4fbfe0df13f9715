/**
 * @module
 * The greetings library's route definitions (OpenAPI), handled in `greetings.ts`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { MAX_GREETING_BYTES, tooLargeMessage } from '../greetings/greeting-file.js';
import { errorResponses } from './errors.js';
import {
  GreetingSchema,
  NewTtsSchema,
  PatchGreetingSchema,
  ReplaceFormSchema,
  UploadFormSchema,
} from './greeting-schemas.js';
import { IdParams, json, jsonBody } from './schemas.js';
import { uploadLimit } from './upload-limit.js';

const tags = ['Greetings'];
const one = json(GreetingSchema, 'The greeting');
const Binary = z.string().openapi({ format: 'binary' });
const audioContent = { 'audio/wav': { schema: Binary }, 'audio/mpeg': { schema: Binary } };
const tooLarge = {
  413: { description: 'The file is over 10 MB (refused before it is read whole)' },
};

// The form's other fields and the multipart framing fit in the slack; the file itself is checked to the byte.
const limit = () => uploadLimit(MAX_GREETING_BYTES + 64 * 1024, 'file', tooLargeMessage());
const form = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'multipart/form-data': { schema } },
});

export const listRoute = createRoute({
  method: 'get',
  path: '/greetings',
  tags,
  summary: 'Every greeting, by name, with the flows that play it',
  responses: { 200: json(z.object({ greetings: z.array(GreetingSchema) }), 'The library') },
});
export const getRoute = createRoute({
  method: 'get',
  path: '/greetings/{id}',
  tags,
  summary: 'One greeting',
  request: { params: IdParams },
  responses: { 200: one, ...errorResponses(404) },
});
export const uploadRoute = createRoute({
  method: 'post',
  path: '/greetings',
  tags,
  summary:
    'Upload (or keep a browser recording of) an MP3 or WAV greeting: at most 10 MB and 5 minutes',
  middleware: [limit()],
  request: { body: form(UploadFormSchema) },
  responses: { 201: one, ...errorResponses(400), ...tooLarge },
});
export const ttsRoute = createRoute({
  method: 'post',
  path: '/greetings/tts',
  tags,
  summary: 'A greeting spoken from text, synthesised when a speech engine is set up',
  request: { body: jsonBody(NewTtsSchema) },
  responses: { 201: one, ...errorResponses(400) },
});
export const patchRoute = createRoute({
  method: 'patch',
  path: '/greetings/{id}',
  tags,
  summary: 'Rename it, or change what a text-to-speech greeting says (a new version)',
  description:
    'Sending the same text, voice and language again keeps the version and, when its synthesis failed (or Azure Speech was not set up then and is now), queues the synthesis again.',
  request: { params: IdParams, body: jsonBody(PatchGreetingSchema) },
  responses: { 200: one, ...errorResponses(400, 404, 409) },
});
export const replaceRoute = createRoute({
  method: 'put',
  path: '/greetings/{id}/audio',
  tags,
  summary: 'Replace the audio with another MP3 or WAV file (a new version)',
  middleware: [limit()],
  request: { params: IdParams, body: form(ReplaceFormSchema) },
  responses: { 200: one, ...errorResponses(400, 404, 409), ...tooLarge },
});
export const deleteRoute = createRoute({
  method: 'delete',
  path: '/greetings/{id}',
  tags,
  summary: 'Delete a greeting no published flow or draft plays',
  request: { params: IdParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(404, 409) },
});
export const audioRoute = createRoute({
  method: 'get',
  path: '/greetings/{id}/audio',
  tags,
  summary: 'The audio, with HTTP ranges (206) for seeking',
  request: {
    params: IdParams,
    query: z.object({
      v: z
        .string()
        .optional()
        .openapi({ description: 'The version, so caches tell versions apart' }),
      download: z
        .enum(['0', '1'])
        .optional()
        .openapi({ description: '1: as an attachment, named after the greeting' }),
    }),
  },
  responses: {
    200: { description: 'The whole file', content: audioContent },
    206: { description: 'The range asked for', content: audioContent },
    416: { description: 'The range is outside the file (see Content-Range)' },
    ...errorResponses(404),
  },
});
