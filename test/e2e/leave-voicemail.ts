import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { FakeTwilio, type TwilioReply } from '../../server/test/support/fake-twilio.js';
import type { FakeTwilioRest } from '../fakes/twilio-rest.js';
import type { startAppServer } from './app-server.js';

/**
 * A demo call that ends in a voicemail whose recording the fake Twilio
 * serves, played as Twilio would (signed webhooks, whatever the real clock
 * says: in hours nobody answers, after hours the caller presses 1), then
 * Twilio's recording status callback. The copy waits in the outbox.
 */
export async function leaveVoicemail(
  app: Awaited<ReturnType<typeof startAppServer>>,
  twilio: FakeTwilioRest,
  from: string,
  audio: Buffer,
): Promise<{ recordingSid: string; callSid: string }> {
  const recordingSid = `RE${randomBytes(16).toString('hex')}`;
  const recordingUrl = twilio.recordings.add(recordingSid, audio);
  const send = (path: string, init: RequestInit) => fetch(`${app.url}${path}`, init);
  const call = new FakeTwilio(send, app.deps.config.publicBaseUrl, 'e2e-token', from);
  let reply: TwilioReply = await call.ring();
  let callback: string | undefined;
  for (let turn = 0; turn < 5; turn++) {
    const verbs = reply.verbs.map((v) => v.name);
    if (verbs.includes('Record')) {
      callback = reply.verbs.find((v) => v.name === 'Record')?.attrs.recordingStatusCallback;
      reply = await call.act(reply, 'Record', {
        RecordingUrl: recordingUrl,
        RecordingDuration: '3',
        Digits: '#',
      });
    } else if (verbs.includes('Dial')) {
      reply = await call.act(reply, 'Dial', { DialCallStatus: 'no-answer' });
    } else if (verbs.includes('Gather')) {
      reply = await call.act(reply, 'Gather', { Digits: '1' });
    } else break;
  }
  expect(reply.verbs.map((v) => v.name)).toEqual(['Hangup']);
  await call.hangUp('completed', '30');
  expect(callback, 'the <Record> names its recording status callback').toBeTruthy();
  const url = new URL(callback ?? '');
  const done = await call.post(`${url.pathname}${url.search}`, {
    RecordingSid: recordingSid,
    RecordingUrl: recordingUrl,
    RecordingStatus: 'completed',
    RecordingDuration: '3',
    RecordingChannels: '1',
    RecordingSource: 'RecordVerb',
  });
  expect(done.status).toBe(200);
  return { recordingSid, callSid: call.callSid };
}
