/**
 * @module
 * The Recordings half of the fake Twilio REST API (served by
 * `startFakeTwilio` in twilio-rest.ts, on the same port as Messages): the
 * audio at `/2010-04-01/Accounts/{sid}/Recordings/{RE}.wav` behind Basic
 * auth, and DELETE of `{RE}.json`. It can answer the next requests with an
 * error (404 while "not ready", 5xx) and records every request it saw.
 */

/** A request for a recording, with what the fake answered. */
export interface RecordingRequest {
  method: string;
  sid: string;
  /** The Basic credentials were the account's. */
  authorized: boolean;
  status: number;
}

export interface FakeRecordings {
  /** Serves `audio` as recording `sid`; returns its `RecordingUrl` (without extension), as Twilio posts it. */
  add(sid: string, audio: Buffer, contentType?: string): string;
  /** The next `count` recording requests (GET or DELETE) get `status`. */
  failNext(count: number, status: number): void;
  requests: RecordingRequest[];
  /** The sids deleted, in order. */
  deleted: string[];
}

type Reply = (status: number, body: unknown, headers?: Record<string, string>) => void;

/** Handles a request if it is for a recording: true when it did. */
export type RecordingsRoute = (
  method: string,
  path: string,
  authorization: string | undefined,
  reply: Reply,
) => boolean;

const PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Recordings\/(RE[0-9a-zA-Z]+)\.(wav|mp3|json)$/;

const twilioError = (code: number, message: string, status: number) => ({
  code,
  message,
  more_info: `https://www.twilio.com/docs/errors/${code}`,
  status,
});

/**
 * @example
 * const { recordings, route } = fakeRecordings({ accountSid, authToken, baseUrl: () => url });
 */
export function fakeRecordings(options: {
  accountSid: string;
  authToken: string;
  baseUrl: () => string;
}): { recordings: FakeRecordings; route: RecordingsRoute } {
  const { accountSid, authToken, baseUrl } = options;
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  const stored = new Map<string, { audio: Buffer; contentType: string }>();
  const planned: number[] = [];
  const requests: RecordingRequest[] = [];
  const deleted: string[] = [];

  /** The answer to a recording request: status, body and headers. */
  const serve = (
    method: string,
    ext: string,
    sid: string,
    account: string,
    authorized: boolean,
    path: string,
  ): [number, unknown, Record<string, string>?] => {
    const notFound = (): [number, unknown] => [
      404,
      twilioError(20404, `The requested resource ${path} was not found`, 404),
    ];
    if (!authorized) return [401, twilioError(20003, 'Authenticate', 401)];
    const failure = planned.shift();
    if (failure !== undefined) {
      const code = failure === 404 ? 20404 : 20500;
      return [failure, twilioError(code, 'Planned failure', failure)];
    }
    if (decodeURIComponent(account) !== accountSid) return notFound();
    const recording = stored.get(sid);
    if (method === 'DELETE' && ext === 'json') {
      if (!recording) return notFound();
      stored.delete(sid);
      deleted.push(sid);
      return [204, null];
    }
    if (method === 'GET' && ext !== 'json') {
      if (!recording) return notFound();
      return [200, recording.audio, { 'Content-Type': recording.contentType }];
    }
    return [405, twilioError(20004, 'Method not allowed', 405)];
  };

  const route: RecordingsRoute = (method, path, authorization, reply) => {
    const match = PATH.exec(path);
    if (!match) return false;
    const [, account = '', sid = '', ext = ''] = match;
    const authorized = authorization === expectedAuth;
    const record: RecordingRequest = { method, sid, authorized, status: 0 };
    requests.push(record);
    const [status, body, headers] = serve(method, ext, sid, account, authorized, path);
    record.status = status;
    reply(status, body, headers);
    return true;
  };

  return {
    route,
    recordings: {
      add(sid, audio, contentType = 'audio/x-wav') {
        stored.set(sid, { audio, contentType });
        return `${baseUrl()}/2010-04-01/Accounts/${accountSid}/Recordings/${sid}`;
      },
      failNext(count, status) {
        for (let i = 0; i < count; i++) planned.push(status);
      },
      requests,
      deleted,
    },
  };
}
