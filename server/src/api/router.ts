import { OpenAPIHono } from '@hono/zod-openapi';
import type { User } from '../db/users.js';
import { validationHook } from './errors.js';

/** Who is calling, set by `authenticate` before any protected handler runs. */
export interface Caller {
  user: User;
  via: 'session' | 'token';
  /** For a session: the stored hash of its cookie, to end it at logout. */
  sessionTokenHash?: string;
  /** For a session: the token the page must echo in `X-CSRF-Token`. */
  csrfToken?: string;
}

export type ApiEnv = { Variables: { caller: Caller } };

/**
 * A router for one resource: every route's input is checked against its zod
 * schemas, and invalid input is answered with a 400 naming the fields.
 *
 * @example
 * const app = router();
 * app.openapi(getMemberRoute, (c) => c.json(..., 200));
 */
export function router(): OpenAPIHono<ApiEnv> {
  return new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
}
