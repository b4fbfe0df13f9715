/**
 * @module
 * `/media/greetings/<id>/<version>`: a greeting's audio for the provider to
 * play. The signature was checked by the media router; a replaced file's old
 * version, or a deleted greeting, is a 404.
 */
import { Hono } from 'hono';
import { getGreeting } from '../db/greetings.js';
import type { ServerDeps } from '../deps.js';
import { audioPath } from './audio-file.js';
import { fileResponse, IMMUTABLE } from './file-response.js';

/** The media path of a greeting's current audio, to pass to `mediaUrl`. */
export function greetingMediaPath(greeting: { id: string; version: number }): string {
  return `greetings/${greeting.id}/${greeting.version}`;
}

export function greetingMedia(deps: ServerDeps): Hono {
  return new Hono().get('/:id/:version', async (c) => {
    const greeting = await getGreeting(deps.db, c.req.param('id'));
    const gone = () => c.text('No such greeting audio', 404);
    if (!greeting?.file || String(greeting.version) !== c.req.param('version')) return gone();
    const response = await fileResponse(audioPath(deps.config.dataDir, greeting.file), {
      contentType: greeting.contentType ?? 'application/octet-stream',
      range: c.req.header('Range'),
      cacheControl: IMMUTABLE,
    });
    return response ?? gone();
  });
}
