/**
 * @module
 * What the server made of a played call, read back through the admin API:
 * log in with a cookie session, find ours by its CallSid among the latest
 * calls, then print its outcome, auto-replies and path from its own page.
 */
const TIMEOUT_MS = 10_000;
// The API's CSRF header (api/authenticate.ts), not imported: that module pulls in the database.
const CSRF_HEADER = 'X-CSRF-Token';

export interface CallReportOptions {
  server: string;
  email: string;
  password: string;
  callSid: string;
  out: (line: string) => void;
}

/** The fields of a call (listed, or its own page) this report reads; anything else is ignored. */
interface ListedCall {
  id?: unknown;
  providerCallId?: unknown;
  status?: unknown;
  outcome?: unknown;
  /** Only on the call's own page. */
  path?: unknown;
  result?: { autoReplies?: unknown; reason?: unknown } | null;
}

/**
 * Prints the call's outcome as the server stored it. Never fails the command:
 * when the API cannot be used it prints why and returns.
 *
 * @example
 * ```ts
 * await reportCall({ server: 'http://localhost:8080', email, password, callSid, out });
 * // Outcome: voicemail
 * // Auto-replies: reply-message
 * // Path: start → hours → ring-team → voicemail → reply-message
 * ```
 */
export async function reportCall(options: CallReportOptions): Promise<void> {
  const { server, email, password, callSid, out } = options;
  const skip = (why: string) => out(`(Not showing the stored outcome: ${why}.)`);
  let login: Response;
  try {
    login = await fetch(`${server}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return skip(`the admin API at ${server} did not answer`);
  }
  const session = await readJson(login);
  if (!login.ok) {
    return skip(
      `logging in as ${email} failed (${login.status}); pass --email and --password of an admin`,
    );
  }
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';', 1)[0])
    .join('; ');
  const csrf = (session as { csrfToken?: unknown } | null)?.csrfToken;

  const get = async (path: string): Promise<{ status: number; body: unknown } | null> => {
    try {
      const response = await fetch(`${server}${path}`, {
        headers: { Cookie: cookie, ...(typeof csrf === 'string' ? { [CSRF_HEADER]: csrf } : {}) },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      return { status: response.status, body: await readJson(response) };
    } catch {
      return null;
    }
  };

  const list = await get('/api/calls?limit=5');
  if (!list) return skip(`the admin API at ${server} did not answer`);
  if (list.status !== 200) return skip(`GET /api/calls answered ${list.status}`);
  const listed = listOf(list.body).find((c) => c.providerCallId === callSid);
  if (!listed) return skip(`the call ${callSid} is not among the latest calls`);
  // The list leaves out the result; the call's own page has it, with the path.
  const detail =
    typeof listed.id === 'string' ? await get(`/api/calls/${encodeURIComponent(listed.id)}`) : null;
  const call: ListedCall =
    detail?.status === 200 && detail.body ? (detail.body as ListedCall) : listed;

  const replies = strings(call.result?.autoReplies);
  const path = strings(call.path);
  const reason = typeof call.result?.reason === 'string' ? ` (${call.result.reason})` : '';
  const status = call.status === 'active' ? ' (the call is still active on the server)' : '';
  out(`Outcome: ${typeof call.outcome === 'string' ? call.outcome : 'none'}${reason}${status}`);
  out(`Auto-replies: ${replies.length ? replies.join(', ') : 'none'}`);
  if (path.length) out(`Path: ${path.join(' → ')}`);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** The calls of `GET /api/calls`: `{ calls: [...], nextBefore }`. */
function listOf(body: unknown): ListedCall[] {
  const list = (body as { calls?: unknown } | null)?.calls;
  return Array.isArray(list) ? list.filter((c) => typeof c === 'object' && c !== null) : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
