/**
 * @module
 * The third reference of `pnpm bench` ("bare Hono + a call's I/O",
 * `bare-app.ts` with `CALL_IO`): the bare app with its SQLite write that also
 * does, for each voicemail, the I/O no product that keeps voicemails and
 * texts back can skip, with the least code: it copies the recording from the
 * provider (one GET) into a file of its own (written beside, then renamed
 * into place) and sends the caller one text (one POST to the Messages API),
 * each over a kept-alive connection. Ringflow does the same work for each
 * demo call (in its outbox, after answering); this does it before answering,
 * so the bench's CPU count, which stops with the last answer, holds all of it.
 * The gap between the SQLite-write reference and this is what the call's
 * side effects alone cost; what lies above this is Ringflow's own work.
 */
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { httpRequest } from '../src/http/client.js';

export interface CallIoOptions {
  /** Twilio's REST API (the bench's local fake). */
  apiBaseUrl: string;
  accountSid: string;
  authToken: string;
  /** Where the recordings are copied. */
  dir: string;
}

/**
 * A function that does a finished recording's I/O for a webhook's form, and
 * nothing for the other webhooks.
 *
 * @example
 * const io = callIo({ apiBaseUrl, accountSid, authToken, dir: '/tmp/recordings' });
 * await io(params); // on every webhook
 */
export function callIo(options: CallIoOptions): (params: Record<string, string>) => Promise<void> {
  const authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  const messages = `${options.apiBaseUrl}/2010-04-01/Accounts/${options.accountSid}/Messages.json`;
  return async (params) => {
    if (params.RecordingStatus !== 'completed' || !params.RecordingUrl || !params.RecordingSid)
      return;
    const audio = await httpRequest(`${params.RecordingUrl}.wav`, {
      headers: { Authorization: authorization },
      timeoutMs: 10_000,
    });
    if (!audio.ok) throw new Error(`recording ${params.RecordingSid}: HTTP ${audio.status}`);
    const file = join(options.dir, `${params.RecordingSid}.wav`);
    await writeFile(`${file}.part`, audio.body);
    await rename(`${file}.part`, file);
    const text = await httpRequest(messages, {
      method: 'POST',
      headers: {
        Authorization: authorization,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: new URLSearchParams({
        To: params.From ?? '',
        From: params.To ?? '',
        Body: 'Thanks for your message: we will call you back.',
      }).toString(),
      timeoutMs: 10_000,
    });
    if (!text.ok) throw new Error(`text: HTTP ${text.status} ${text.text()}`);
    JSON.parse(text.text());
  };
}
