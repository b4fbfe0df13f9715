import { Hono, type MiddlewareHandler } from 'hono';
import pkg from '../package.json' with { type: 'json' };
import { CallService } from './calls/call-service.js';
import type { ServerDeps } from './deps.js';
import { healthRoutes } from './health/routes.js';
import { requestLimits } from './http/request-limits.js';
import { securityHeaders } from './http/security-headers.js';
import { mediaRouter } from './media/router.js';
import { TWILIO } from './providers/twilio/name.js';
import { twilioWebhooks } from './providers/twilio/routes.js';
import { webApp } from './web-app.js';

export const VERSION: string = pkg.version;

/** A middleware for every path but `/webhooks/...`. */
const exceptWebhooks =
  (middleware: MiddlewareHandler): MiddlewareHandler =>
  (c, next) =>
    c.req.path.startsWith('/webhooks/') ? next() : middleware(c, next);

/**
 * The admin API, built on its first request rather than at start: its schemas
 * and OpenAPI document were the largest part of start-up, and a restarted
 * server's first webhooks need none of it. In the bundle it is a chunk of its own.
 */
function lazyAdminApi(deps: ServerDeps): MiddlewareHandler {
  let api: Promise<Hono> | undefined;
  const load = () =>
    import('./api/admin-api.js').then(({ adminApi }) => new Hono().route('/api', adminApi(deps)));
  return async (c) => {
    api ??= load().catch((error) => {
      api = undefined;
      throw error;
    });
    return (await api).fetch(c.req.raw, c.env);
  };
}

/**
 * The whole HTTP surface on one Hono app: health, Twilio webhooks, the admin
 * API and the web app.
 *
 * @example
 * const app = createApp({ db, clock: systemClock, config, log });
 * const res = await app.request('/healthz');
 */
export function createApp(deps: ServerDeps): Hono {
  const app = new Hono();
  const calls = new CallService(deps, TWILIO);
  // First, so that every answer (a refusal, an error, a static file) carries the headers,
  // and no route reads a body that is too large or too deep. The webhooks do both
  // themselves, more cheaply (providers/twilio/webhook-http.ts).
  app.use('*', exceptWebhooks(securityHeaders()));
  app.use('*', exceptWebhooks(requestLimits()));

  // /healthz: alive (reads only); /readyz: can take a call now (a real write, cached 1 s).
  app.route('/', healthRoutes(deps));
  app.route('/webhooks/twilio', twilioWebhooks(deps, calls));
  app.all('/api', lazyAdminApi(deps));
  app.all('/api/*', lazyAdminApi(deps));
  app.route('/media', mediaRouter(deps));
  app.route('/', webApp(deps));

  app.onError((error, c) => {
    deps.log.error('unhandled error', {
      path: c.req.path,
      error: String(error),
      stack: error.stack,
    });
    return c.json(
      {
        error: {
          code: 'internal',
          message: 'Something went wrong on our side; it has been logged.',
        },
      },
      500,
    );
  });
  return app;
}
