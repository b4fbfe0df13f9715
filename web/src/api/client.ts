/** One field the server found wrong, by its path in the request. */
export interface FieldError {
  path: string;
  message: string;
}

/** A failed API call, with the server's message and the fields it named. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly fields: FieldError[] = [],
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

/** Remembers the session's CSRF token, which every change must carry. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Calls the admin API with the session cookie and the CSRF header, and turns
 * an error response into an ApiError that names the fields.
 *
 * @example
 * const { flows } = await api<ApiReply<'/flows', 'get'>>('GET', '/flows');
 * // A file goes as multipart/form-data: pass a FormData as the body.
 * await api<Greeting>('POST', '/greetings', form);
 */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  const multipart = body instanceof FormData;
  // The browser writes a multipart body's Content-Type itself (with the boundary).
  if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: multipart ? body : JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(
      0,
      'Cannot reach the Ringflow server. Check your connection and try again.',
      'network',
    );
  }
  const text = await res.text();
  const json = text ? safeJson(text) : null;
  if (!res.ok) {
    const error = (
      json as { error?: { code?: string; message?: string; fields?: FieldError[] } } | null
    )?.error;
    throw new ApiError(
      res.status,
      error?.message ?? `The server answered ${res.status}`,
      error?.code ?? 'error',
      error?.fields ?? [],
      json,
    );
  }
  return json as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
