/**
 * @module
 * The public `/media` routes: files the provider fetches without a login,
 * each behind a signed URL (`mediaUrl`). A missing or wrong signature is a
 * 403 before any file is looked up.
 */
import { Hono } from 'hono';
import type { ServerDeps } from '../deps.js';
import { verifyMediaSignature } from './signing.js';
import { MEDIA_SOURCES, type MediaSource } from './sources.js';

/**
 * The media router, meant to be mounted at `/media`.
 *
 * @example
 * app.route('/media', mediaRouter(deps));
 * // GET /media/greetings/greet_x/2?sig=… -> the audio; ?sig=wrong -> 403
 */
export function mediaRouter(
  deps: ServerDeps,
  sources: readonly MediaSource[] = MEDIA_SOURCES,
): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    // What was signed: the path below /media/, as `mediaUrl` was given it.
    const path = c.req.path.replace(/^.*?\/media\//, '');
    if (!(await verifyMediaSignature(deps, path, c.req.query('sig')))) {
      return c.text('Invalid or missing signature', 403);
    }
    return next();
  });
  for (const source of sources) app.route(`/${source.name}`, source.routes(deps));
  app.all('*', (c) => c.text('Not found', 404));
  return app;
}
