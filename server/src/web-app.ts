import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { ServerDeps } from './deps.js';

/** Where the web app's build (`npm start` runs it) puts the designer. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/**
 * The web app: the designer's built files, with every other path answered by
 * its index.html so that links into the app (/flows/abc) load it. Until the
 * app is built, a small page says what is running and how to build it.
 */
export function webApp(deps: ServerDeps, dist = WEB_DIST): Hono {
  const app = new Hono();
  const index = `${dist}index.html`;
  if (!existsSync(index)) {
    app.get('*', (c) => c.html(placeholder(deps.config.publicBaseUrl)));
    return app;
  }
  const html = readFileSync(index, 'utf8');
  // Hashed file names never change content: cache them for a year.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root: dist }));
  app.get('*', (c) => c.html(html));
  return app;
}

function placeholder(publicBaseUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Ringflow</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1e293b}code{background:#f1f5f9;padding:.1rem .3rem;border-radius:.25rem}</style>
</head>
<body>
<h1>Ringflow is running</h1>
<p>The designer is not built yet: run <code>npm start</code> (it builds it), then reload.</p>
<p>Point a Twilio number's voice webhook at <code>${escapeHtml(publicBaseUrl)}/webhooks/twilio/voice</code>.</p>
<ul>
<li><a href="/api/docs">Admin API documentation</a> (<a href="/api/openapi.json">OpenAPI</a>)</li>
<li><a href="/healthz">Health</a></li>
</ul>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
