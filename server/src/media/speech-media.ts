/**
 * @module
 * `/media/speech/<key>`: synthesised speech for the provider to play. The
 * key names what was said and how, so the content never changes and may be
 * cached for ever. The signature was checked by the media router.
 */
import { Hono } from 'hono';
import { getSpeechCache } from '../db/speech-cache.js';
import type { ServerDeps } from '../deps.js';
import { audioPath } from './audio-file.js';
import { fileResponse, IMMUTABLE } from './file-response.js';

/** The media path of a cached synthesis, to pass to `mediaUrl`. */
export function speechMediaPath(key: string): string {
  return `speech/${key}`;
}

export function speechMedia(deps: ServerDeps): Hono {
  return new Hono().get('/:key', async (c) => {
    const entry = await getSpeechCache(deps.db, c.req.param('key'));
    const gone = () => c.text('No such speech audio', 404);
    if (!entry) return gone();
    const response = await fileResponse(audioPath(deps.config.dataDir, entry.file), {
      contentType: entry.contentType,
      range: c.req.header('Range'),
      cacheControl: IMMUTABLE,
    });
    return response ?? gone();
  });
}
