import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { readTwimlResponse, type TwimlElement } from '../../src/providers/twilio/twiml-reader.js';

export type Send = (pathAndQuery: string, init: RequestInit) => Promise<Response>;

export interface TwilioReply {
  status: number;
  body: string;
  /** The elements inside `<Response>`, when the answer is TwiML. */
  verbs: TwimlElement[];
}

/**
 * Plays Twilio's side of a call against the server: form-encoded webhooks
 * signed with the official `twilio` package, over whatever `send` does
 * (in-process `app.request` or real HTTP).
 */
export class FakeTwilio {
  readonly callSid = `CA${randomBytes(16).toString('hex')}`;
  private readonly accountSid = `AC${randomBytes(16).toString('hex')}`;

  constructor(
    private readonly send: Send,
    private readonly publicUrl: string,
    private readonly authToken: string,
    readonly from = '+14155550123',
    readonly to = '+14155550100',
  ) {}

  /** Posts `params` (plus the call's usual ones) to a path, signed as Twilio signs. */
  async post(
    pathAndQuery: string,
    params: Record<string, string> = {},
    signature?: string,
  ): Promise<TwilioReply> {
    const body = {
      CallSid: this.callSid,
      AccountSid: this.accountSid,
      From: this.from,
      To: this.to,
      Caller: this.from,
      Called: this.to,
      Direction: 'inbound',
      ApiVersion: '2010-04-01',
      CallStatus: 'in-progress',
      ...params,
    };
    const url = `${this.publicUrl}${pathAndQuery}`;
    const sig = signature ?? twilio.getExpectedTwilioSignature(this.authToken, url, body);
    const res = await this.send(pathAndQuery, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': sig },
      body: new URLSearchParams(body).toString(),
    });
    const text = await res.text();
    const isXml = (res.headers.get('content-type') ?? '').includes('xml');
    return { status: res.status, body: text, verbs: isXml ? readTwimlResponse(text).children : [] };
  }

  /** The call arrives. */
  ring(): Promise<TwilioReply> {
    return this.post('/webhooks/twilio/voice', { CallStatus: 'ringing' });
  }

  /** Answers the action of the verb named `verb` in `reply` with `params`. */
  act(
    reply: TwilioReply,
    verb: 'Dial' | 'Gather' | 'Record' | 'Redirect',
    params: Record<string, string> = {},
  ): Promise<TwilioReply> {
    const found = reply.verbs.find((v) => v.name === verb);
    const target = verb === 'Redirect' ? found?.text : found?.attrs.action;
    if (!target) throw new Error(`No <${verb}> with an action in: ${reply.body}`);
    const url = new URL(target);
    return this.post(`${url.pathname}${url.search}`, params);
  }

  /**
   * A dialled address picks up: Twilio posts the dialled leg's "answered"
   * event to the statusCallback of its noun in `reply`'s <Dial>.
   */
  answer(reply: TwilioReply, address?: string): Promise<TwilioReply> {
    const dial = reply.verbs.find((v) => v.name === 'Dial');
    const target = dial?.children.find((n) => address === undefined || n.text === address);
    const callback = target?.attrs.statusCallback;
    if (!callback) throw new Error(`No dialled address with a statusCallback in: ${reply.body}`);
    const url = new URL(callback);
    return this.post(`${url.pathname}${url.search}`, {
      CallSid: `CA${randomBytes(16).toString('hex')}`,
      ParentCallSid: this.callSid,
      Direction: 'outbound-dial',
      From: this.from,
      To: target.text,
      CallStatus: 'in-progress',
    });
  }

  /**
   * The demo flow in business hours, ending in a message: nobody answers the <Dial>, the caller
   * records `recording.seconds` and presses #, the call ends after `callSeconds`, then Twilio's
   * recording status callback comes, last as it usually does. Gives the reply that offered the
   * <Record> and the callback's answer.
   */
  async leaveVoicemail(
    recording: { sid: string; url: string; seconds: number },
    callSeconds = 30,
  ): Promise<{ voicemail: TwilioReply; callback: TwilioReply }> {
    const ringing = await this.ring();
    const voicemail = await this.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
    const seconds = String(recording.seconds);
    await this.act(voicemail, 'Record', {
      RecordingUrl: recording.url,
      RecordingDuration: seconds,
      Digits: '#',
    });
    await this.hangUp('completed', String(callSeconds));
    const callback = await this.post('/webhooks/twilio/recording', {
      RecordingSid: recording.sid,
      RecordingUrl: recording.url,
      RecordingStatus: 'completed',
      RecordingDuration: seconds,
      RecordingChannels: '1',
      RecordingSource: 'RecordVerb',
    });
    return { voicemail, callback };
  }

  /** The number's status callback: the call is over. */
  hangUp(status = 'completed', duration = '42'): Promise<TwilioReply> {
    return this.post('/webhooks/twilio/status', { CallStatus: status, CallDuration: duration });
  }
}

/** A text received by the number, posted to the messaging webhook as Twilio does, signed. */
export async function textWebhook(
  send: Send,
  publicUrl: string,
  authToken: string,
  text: {
    body: string;
    from?: string | undefined;
    to?: string | undefined;
    messageSid?: string | undefined;
  },
): Promise<{ status: number; body: string }> {
  const params = {
    MessageSid: text.messageSid ?? `SM${randomBytes(16).toString('hex')}`,
    AccountSid: `AC${'0'.repeat(32)}`,
    From: text.from ?? '+14155550123',
    To: text.to ?? '+14155550100',
    Body: text.body,
    NumMedia: '0',
  };
  const url = `${publicUrl}/webhooks/twilio/sms`;
  const res = await send('/webhooks/twilio/sms', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Twilio-Signature': twilio.getExpectedTwilioSignature(authToken, url, params),
    },
    body: new URLSearchParams(params).toString(),
  });
  return { status: res.status, body: await res.text() };
}
