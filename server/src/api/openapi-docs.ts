import type { OpenAPIHono } from '@hono/zod-openapi';
import { CSRF_HEADER } from './authenticate.js';
import { ErrorSchema } from './errors.js';
import type { ApiEnv } from './router.js';
import { serveSwaggerUi } from './swagger-ui.js';

type Operation = { security?: unknown[]; responses?: Record<string, unknown> };

const unauthorized = {
  description: 'No valid session cookie or API token',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

/**
 * Serves `GET /openapi.json` (OpenAPI 3.1, generated from the route
 * definitions of `app`) and `GET /docs` (Swagger UI, with its files under `/docs/assets/`). Paths in the document
 * are relative to the server `/api`, so they match the real URLs.
 *
 * @example
 * serveOpenApi(app); // before the credentials check: the docs are public
 */
export function serveOpenApi(app: OpenAPIHono<ApiEnv>): void {
  app.openAPIRegistry.register('Error', ErrorSchema);
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'rf_session',
    description: `Set by POST /auth/login. Changes (POST, PUT, PATCH, DELETE) also need the ${CSRF_HEADER} header.`,
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'csrf', {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description:
      'The csrfToken from POST /auth/login or GET /auth/me; needed with the session cookie for changes.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token (rf_...) from POST /tokens; no CSRF header needed.',
  });

  app.get('/openapi.json', (c) => {
    const document = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Ringflow admin API',
        version: '1',
        description:
          'Team members, schedules, phone numbers, flows and their revisions, and the call log.',
      },
      servers: [{ url: '/api' }],
      security: [{ session: [], csrf: [] }, { bearer: [] }],
    });
    // Every operation that is not public answers 401 without credentials; say so once, here.
    for (const item of Object.values(document.paths ?? {})) {
      for (const operation of Object.values(item as Record<string, Operation>)) {
        const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
        if (!isPublic && operation.responses) operation.responses['401'] ??= unauthorized;
      }
    }
    return c.json(document);
  });
  // Swagger UI from the swagger-ui-dist package, on this origin (works offline, passes the CSP).
  serveSwaggerUi(app);
}
