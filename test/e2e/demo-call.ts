import { expect } from 'vitest';
import { FakeTwilio, type TwilioReply } from '../../server/test/support/fake-twilio.js';
import type { startAppServer } from './app-server.js';

/**
 * One demo call played as Twilio would, whatever the real clock says: in
 * hours nobody answers, after hours the caller presses 1; either way a
 * voicemail is left. Signed for the server's configured public URL.
 */
export async function playVoicemailCall(
  app: Awaited<ReturnType<typeof startAppServer>>,
  from: string,
): Promise<void> {
  const send = (path: string, init: RequestInit) => fetch(`${app.url}${path}`, init);
  const call = new FakeTwilio(send, app.deps.config.publicBaseUrl, 'e2e-token', from);
  let reply: TwilioReply = await call.ring();
  for (let turn = 0; turn < 5; turn++) {
    const verbs = reply.verbs.map((v) => v.name);
    if (verbs.includes('Record')) {
      reply = await call.act(reply, 'Record', {
        RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
        RecordingDuration: '12',
        Digits: '#',
      });
    } else if (verbs.includes('Dial')) {
      reply = await call.act(reply, 'Dial', { DialCallStatus: 'no-answer' });
    } else if (verbs.includes('Gather')) {
      reply = await call.act(reply, 'Gather', { Digits: '1' });
    } else break;
  }
  expect(reply.verbs.map((v) => v.name)).toEqual(['Hangup']);
  await call.hangUp('completed', '48');
}
