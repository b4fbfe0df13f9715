/**
 * @module
 * Swagger UI for `/api/docs`, served from the `swagger-ui-dist` package on
 * this origin: it works on a server without internet access, the files are
 * the version in the lockfile (no unpinned CDN script on the admin origin),
 * and the page passes the Content-Security-Policy (no inline script).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Env, Hono } from 'hono';

const DIST = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

// The page is /api/docs, so `./docs/assets/...` and `./openapi.json` stay under the API's mount.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ringflow admin API</title>
<link rel="stylesheet" href="./docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="./docs/assets/swagger-ui-bundle.js"></script>
<script src="./docs/assets/init.js"></script>
</body>
</html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: './openapi.json', dom_id: '#swagger-ui', deepLinking: true });\n`;

/** The files under /docs/assets/, by name: only these, never a path from the URL. */
const ASSETS: ReadonlyMap<string, { type: string; read: () => string }> = new Map([
  ['swagger-ui.css', { type: 'text/css; charset=utf-8', read: () => file('swagger-ui.css') }],
  [
    'swagger-ui-bundle.js',
    { type: 'text/javascript; charset=utf-8', read: () => file('swagger-ui-bundle.js') },
  ],
  ['init.js', { type: 'text/javascript; charset=utf-8', read: () => INIT }],
]);

const cache = new Map<string, string>();
function file(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(DIST, name), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/**
 * Adds `GET /docs` (the page) and `GET /docs/assets/:name` (its files) to `app`.
 *
 * @example
 * serveSwaggerUi(app); // then /api/docs shows the document at /api/openapi.json
 */
export function serveSwaggerUi<E extends Env>(app: Hono<E>): void {
  app.get('/docs', (c) => c.html(PAGE));
  app.get('/docs/assets/:name', (c) => {
    const asset = ASSETS.get(c.req.param('name') ?? '');
    if (!asset) return c.text('Not found', 404);
    return c.body(asset.read(), 200, {
      'Content-Type': asset.type,
      'Cache-Control': 'public, max-age=3600',
    });
  });
}
