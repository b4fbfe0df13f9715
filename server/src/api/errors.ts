/**
 * @module
 * One error shape for the whole admin API:
 * `{ "error": { "code", "message", "fields": [{ "path", "message" }] } }`.
 * Handlers throw `ApiError`; bad input is answered by `validationHook`
 * before a handler runs; anything else is a 500 that says nothing inside.
 */
import { z } from '@hono/zod-openapi';
import { issueFields } from '@ringflow/flow-runtime';
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import type { Logger } from '../logger.js';

export interface FieldError {
  /** Dotted path into the request: `addresses.0`, `document.nodes.2.data.ringSeconds`. */
  path: string;
  message: string;
}

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_request' }),
      message: z.string().openapi({ example: 'addresses.0: Use an international number' }),
      fields: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .openapi({ example: [{ path: 'addresses.0', message: 'Use an international number' }] }),
    }),
  })
  .openapi('Error');

/** An answer other than success, thrown from a handler (or from the credentials check). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
    /** More top-level members of the body, e.g. a refused publish's `findings`. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string, fields?: FieldError[]) {
  return { error: { code, message, ...(fields?.length ? { fields } : {}) } };
}

/** @example const member = getMember(db, id) ?? notFound('team member', id); */
export function notFound(what: string, id: string | number): never {
  throw new ApiError(404, 'not_found', `No ${what} with id "${id}"`);
}

/** A 400 naming one field. */
export function badField(path: string, message: string): never {
  throw new ApiError(400, 'invalid_request', `${path}: ${message}`, [{ path, message }]);
}

export function conflict(message: string): never {
  throw new ApiError(409, 'conflict', message);
}

/**
 * The `defaultHook` of every router: invalid params, query or body get a 400
 * naming the fields, worded as everywhere else (`issueFields`); `data` is the
 * input, so a message can say what was there instead.
 */
export function validationHook(
  result: { success: true } | { success: false; error: ZodError; data?: unknown; target: string },
  c: Context,
) {
  if (result.success) return;
  const { issues } = result.error;
  const fields = 'data' in result ? issueFields(issues, result.data) : issueFields(issues);
  const first = fields[0];
  const head = first ? `${first.path || result.target}: ${first.message}` : 'Invalid request';
  const more = fields.length > 1 ? ` (and ${fields.length - 1} more)` : '';
  return c.json(errorBody('invalid_request', `${head}${more}`, fields), 400);
}

const HTTP_CODES: Partial<Record<number, [string, string]>> = {
  400: ['invalid_json', 'The request body is not valid JSON'],
  415: ['unsupported_media_type', 'Send the body as JSON with Content-Type: application/json'],
};

/**
 * The `onError` of the admin API. Known errors keep their status; anything
 * unexpected is logged with its stack and answered with a generic 500, so
 * nothing about the server's insides leaks to the client.
 */
export function errorHandler(log: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof ApiError) {
      const body = { ...errorBody(error.code, error.message, error.fields), ...error.extra };
      return c.json(body, error.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const [code, message] = HTTP_CODES[error.status] ?? ['bad_request', error.message];
      return c.json(errorBody(code, message), error.status);
    }
    log.error('admin API request failed', {
      method: c.req.method,
      path: c.req.path,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return c.json(
      errorBody('internal', 'Something went wrong on the server; it has been logged'),
      500,
    );
  };
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `fields` names each problem',
  401: 'No valid session cookie or API token',
  403: 'Missing CSRF header, or not allowed for this role',
  404: 'Not found',
  409: 'Conflicts with the current state',
  422: 'Refused: the flow has errors (see `findings`)',
  503: 'The flow is too large to finish this within the time limit, or too much flow work is waiting',
};

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 422 | 503;
const errorContent = { 'application/json': { schema: ErrorSchema } };

/**
 * Documents the error answers of a route, all in the one error shape. (401 is
 * added to every protected operation when the document is served.)
 *
 * @example
 * responses: { 200: { ... }, ...errorResponses(400, 404) }
 */
export function errorResponses<const S extends ErrorStatus[]>(
  ...statuses: S
): { [K in S[number]]: { description: string; content: typeof errorContent } } {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: DESCRIPTIONS[status] ?? 'Error', content: errorContent },
    ]),
  ) as { [K in S[number]]: { description: string; content: typeof errorContent } };
}
