import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ServerDeps } from '../deps.js';
import { auditLogApi } from './audit-log.js';
import { authenticate } from './authenticate.js';
import { autoRepliesApi } from './auto-replies.js';
import { callsApi } from './calls.js';
import { ApiError, errorHandler } from './errors.js';
import { exportApi } from './export.js';
import { flowsApi } from './flows.js';
import { greetingsApi } from './greetings.js';
import { loginApi } from './login.js';
import { loginLocksApi } from './login-locks.js';
import { membersApi } from './members.js';
import { notificationsApi } from './notifications.js';
import { numbersApi } from './numbers.js';
import { serveOpenApi } from './openapi-docs.js';
import { revisionsApi } from './revisions.js';
import { type ApiEnv, router } from './router.js';
import { scenariosApi } from './scenarios.js';
import { schedulesApi } from './schedules.js';
import { sessionApi } from './session.js';
import { settingsApi } from './settings.js';
import { setupApi } from './setup.js';
import { speechApi } from './speech.js';
import { speechPreviewApi } from './speech-preview.js';
import { tokensApi } from './tokens.js';
import { usersApi } from './users.js';
import { voicemailsApi } from './voicemails.js';
import { webhooksApi } from './webhooks.js';

/**
 * The admin API, JSON over HTTP, meant to be mounted at `/api`. Login and
 * the API's own documentation are public; everything else needs a session
 * cookie (plus the CSRF header for changes) or an API token.
 *
 * @example
 * app.route('/api', adminApi(deps));
 */
export function adminApi(deps: ServerDeps): OpenAPIHono<ApiEnv> {
  const app = router();
  app.onError(errorHandler(deps.log));

  // Order matters: Hono runs matching handlers in the order they were added, and a
  // handler that answers ends the chain. Public routes first, then the credentials
  // check, which every route added after it is behind.
  app.route('/', loginApi(deps));
  serveOpenApi(app);
  app.use('*', authenticate(deps));

  for (const api of [
    sessionApi,
    tokensApi,
    usersApi,
    membersApi,
    schedulesApi,
    numbersApi,
    autoRepliesApi,
    flowsApi,
    revisionsApi,
    scenariosApi,
    callsApi,
    voicemailsApi,
    greetingsApi,
    speechApi,
    speechPreviewApi,
    notificationsApi,
    webhooksApi,
    auditLogApi,
    loginLocksApi,
    settingsApi,
    setupApi,
    exportApi,
  ]) {
    app.route('/', api(deps));
  }
  app.all('*', (c) => {
    throw new ApiError(404, 'no_route', `No route ${c.req.method} ${c.req.path}`);
  });
  return app;
}
