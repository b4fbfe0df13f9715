import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { makeWav } from '../../test/fakes/wav.js';
import { twilioRecordings } from '../src/providers/twilio/recordings.js';

/** The recordings client against a local fake of Twilio's Recordings API over real HTTP. */
const ACCOUNT_SID = `AC${'ef'.repeat(16)}`;
const AUTH_TOKEN = 'recordings-token';
const SID = `RE${'12'.repeat(16)}`;

let twilio: FakeTwilioRest;
beforeEach(async () => {
  twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
});
afterEach(() => twilio.close());

const client = (options: { authToken?: string; accountSid?: string; apiBaseUrl?: string } = {}) =>
  twilioRecordings({
    accountSid: options.accountSid ?? ACCOUNT_SID,
    authToken: options.authToken ?? AUTH_TOKEN,
    apiBaseUrl: options.apiBaseUrl ?? twilio.url,
    timeoutMs: 5000,
  });

describe('download', () => {
  it('fetches the WAV with Basic auth', async () => {
    const wav = makeWav({ seconds: 1 });
    const url = twilio.recordings.add(SID, wav);
    const got = await client().download(url);
    expect(got).toEqual({ ok: true, bytes: wav, contentType: 'audio/x-wav' });
    expect(twilio.recordings.requests).toEqual([
      { method: 'GET', sid: SID, authorized: true, status: 200 },
    ]);
  });

  it('retries 404 (not ready yet), 5xx and network errors; not refused credentials', async () => {
    const url = twilio.recordings.add(SID, makeWav({ seconds: 1 }));
    twilio.recordings.failNext(1, 404);
    expect(await client().download(url)).toMatchObject({
      ok: false,
      retryable: true,
      httpStatus: 404,
    });
    twilio.recordings.failNext(1, 502);
    expect(await client().download(url)).toMatchObject({
      ok: false,
      retryable: true,
      httpStatus: 502,
    });
    const refused = await client({ authToken: 'wrong' }).download(url);
    expect(refused).toMatchObject({ ok: false, retryable: false, httpStatus: 401 });
    expect(refused.ok || refused.message).toMatch(/TWILIO_AUTH_TOKEN/);

    const closed = await freePort();
    const offline = await client({ apiBaseUrl: `http://127.0.0.1:${closed}` }).download(
      `http://127.0.0.1:${closed}/2010-04-01/Accounts/${ACCOUNT_SID}/Recordings/${SID}`,
    );
    expect(offline).toMatchObject({ ok: false, retryable: true });
    expect(offline.ok || offline.message).toMatch(/Could not reach Twilio/);
  });

  it('sends no credentials outside the API origin', async () => {
    const got = await client().download(`http://127.0.0.2:1/Recordings/${SID}`);
    expect(got).toMatchObject({ ok: false, retryable: false });
    expect(got.ok || got.message).toMatch(/only there/);
    expect(twilio.recordings.requests).toEqual([]);
  });

  it('waits for missing credentials, naming them', async () => {
    const got = await client({ accountSid: '', authToken: '' }).download(`${twilio.url}/x`);
    expect(got).toEqual({
      ok: false,
      retryable: true,
      message:
        'Twilio credentials are missing: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN to copy recordings',
    });
    expect(twilio.recordings.requests).toEqual([]);
  });
});

describe('delete', () => {
  it('deletes once, and a recording already gone counts as done', async () => {
    twilio.recordings.add(SID, makeWav({ seconds: 1 }));
    expect(await client().delete(SID)).toEqual({ ok: true, alreadyGone: false });
    expect(await client().delete(SID)).toEqual({ ok: true, alreadyGone: true });
    expect(twilio.recordings.deleted).toEqual([SID]);
    twilio.recordings.failNext(1, 500);
    expect(await client().delete(SID)).toMatchObject({ ok: false, retryable: true });
    expect(await client({ authToken: 'wrong' }).delete(SID)).toMatchObject({
      ok: false,
      retryable: false,
      httpStatus: 401,
    });
  });
});

/** A port nothing listens on: bound, then released. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
