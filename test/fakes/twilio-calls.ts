/**
 * @module
 * The Calls half of the fake Twilio REST API (served by `startFakeTwilio` in
 * twilio-rest.ts, on the same port as Messages): `GET
 * /2010-04-01/Accounts/{sid}/Calls/{CA}.json` behind Basic auth, answering
 * with Twilio's call JSON for calls a test put there, and 404 (error 20404)
 * for any other.
 */

/** How a call stands at the fake, as a test sets it. */
export interface FakeCall {
  /** queued, ringing, in-progress, completed, busy, failed, no-answer or canceled. */
  status: string;
  /** Seconds, once the call is over. */
  duration?: number;
  startTime?: Date;
  endTime?: Date;
}

export interface FakeCalls {
  /** Makes the fake answer for call `sid` with this state. */
  set(sid: string, call: FakeCall): void;
  /** Every lookup seen: the call sid and the HTTP status answered. */
  requests: { sid: string; status: number }[];
}

type Reply = (status: number, body: unknown) => void;

/** Handles a request if it is for a call: true when it did. */
export type CallsRoute = (
  method: string,
  path: string,
  authorization: string | undefined,
  reply: Reply,
) => boolean;

const PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Calls\/([^/]+)\.json$/;

const twilioError = (code: number, message: string, status: number) => ({
  code,
  message,
  more_info: `https://www.twilio.com/docs/errors/${code}`,
  status,
});

/** Twilio's date format: `Mon, 23 Nov 2026 15:00:00 +0000`. */
const rfc2822 = (date: Date) => date.toUTCString().replace(/GMT$/, '+0000');

/**
 * @example
 * const { calls, route } = fakeCalls({ accountSid, authToken });
 * calls.set('CA…', { status: 'completed', duration: 42, endTime: new Date() });
 */
export function fakeCalls(options: { accountSid: string; authToken: string }): {
  calls: FakeCalls;
  route: CallsRoute;
} {
  const { accountSid, authToken } = options;
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  const stored = new Map<string, FakeCall>();
  const requests: FakeCalls['requests'] = [];

  const route: CallsRoute = (method, path, authorization, reply) => {
    const match = PATH.exec(path);
    if (!match) return false;
    const sid = decodeURIComponent(match[2] ?? '');
    const answer = (status: number, body: unknown) => {
      requests.push({ sid, status });
      reply(status, body);
    };
    if (authorization !== expectedAuth) {
      answer(401, twilioError(20003, 'Authenticate', 401));
    } else if (decodeURIComponent(match[1] ?? '') !== accountSid || !stored.has(sid)) {
      answer(404, twilioError(20404, `The requested resource ${path} was not found`, 404));
    } else if (method !== 'GET') {
      answer(405, twilioError(20004, 'Method not allowed', 405));
    } else {
      answer(200, callJson(accountSid, sid, stored.get(sid) as FakeCall));
    }
    return true;
  };
  return { calls: { set: (sid, call) => stored.set(sid, call), requests }, route };
}

function callJson(accountSid: string, sid: string, call: FakeCall) {
  return {
    sid,
    account_sid: accountSid,
    api_version: '2010-04-01',
    direction: 'inbound',
    status: call.status,
    duration: call.duration === undefined ? null : String(call.duration),
    start_time: call.startTime ? rfc2822(call.startTime) : null,
    end_time: call.endTime ? rfc2822(call.endTime) : null,
    uri: `/2010-04-01/Accounts/${accountSid}/Calls/${sid}.json`,
  };
}
