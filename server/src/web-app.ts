import { Hono } from 'hono';
import type { ServerDeps } from './deps.js';

/**
 * The web app's place. Until the designer is built this is a small page that
 * says what is running and where the API and its documentation are.
 */
export function homePage(deps: ServerDeps): Hono {
  const app = new Hono();
  app.get('/', (c) =>
    c.html(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Ringflow</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1e293b}code{background:#f1f5f9;padding:.1rem .3rem;border-radius:.25rem}</style>
</head>
<body>
<h1>Ringflow is running</h1>
<p>Point a Twilio number's voice webhook at <code>${escapeHtml(deps.config.publicBaseUrl)}/webhooks/twilio/voice</code>.</p>
<ul>
<li><a href="/api/docs">Admin API documentation</a> (<a href="/api/openapi.json">OpenAPI</a>)</li>
<li><a href="/healthz">Health</a></li>
</ul>
</body>
</html>`),
  );
  return app;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
