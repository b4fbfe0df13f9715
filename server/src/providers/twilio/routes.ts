import type { CallEvent } from '@ringflow/flow-runtime';
import { type Context, Hono } from 'hono';
import { receiveText } from '../../auto-replies/incoming-text.js';
import type { CallReply, CallService, Renderer } from '../../calls/call-service.js';
import { callAnswered, noteOnCall } from '../../calls/notices.js';
import type { ServerDeps } from '../../deps.js';
import { greetingPlayback } from '../../media/greeting-playback.js';
import { mediaUrl } from '../../media/signing.js';
import { speechUrl } from '../../speech/speech-url.js';
import { keepTwilioTranscription } from '../../speech/twilio-transcription.js';
import { keepRecording } from '../../voicemail/keep-recording.js';
import { formParams, isFormEncoded } from './form.js';
import { TWILIO } from './name.js';
import {
  callStatus,
  dialResult,
  gatherResult,
  parseRecordingParams,
  parseSmsParams,
  parseVoiceParams,
  recordingResult,
} from './parse.js';
import { verifyTwilioSignature } from './signature.js';
import { apologyTwiml, renderTwiml } from './twiml.js';
import { type WebhookReplies, webhookBody, webhookReplies } from './webhook-http.js';

type Params = Record<string, string>;
type Env = { Variables: { params: Params; reply: WebhookReplies } };

/**
 * What the provider reports at each kind of action URL, and how it becomes a call event.
 * A Map, because `kind` comes from the URL: on an object literal `?kind=constructor` found
 * Object itself and turned the raw parameters into the call's event.
 */
const ACTIONS: ReadonlyMap<string, (params: Params) => CallEvent> = new Map<
  string,
  (params: Params) => CallEvent
>([
  ['dial', dialResult],
  ['gather', gatherResult],
  ['record', recordingResult],
  ['played', () => ({ type: 'PLAYBACK_DONE' })],
]);

function actionKind(reply: CallReply): string | null {
  switch (reply.instruction.type) {
    case 'dial':
      return 'dial';
    case 'gather':
      return 'gather';
    case 'record':
      return 'record';
    case 'say':
    case 'play':
      return 'played';
    case 'hangup':
      return null;
  }
}

/**
 * Twilio's voice and messaging webhooks, mounted at `/webhooks/twilio`. Every request must
 * carry a valid `X-Twilio-Signature` over `PUBLIC_BASE_URL` + path + query and
 * the posted parameters; every answer is TwiML, and a failure is an apology
 * the caller hears, never a 500.
 */
export function twilioWebhooks(deps: ServerDeps, calls: CallService): Hono<Env> {
  const { config, log } = deps;
  const base = config.publicBaseUrl;
  const app = new Hono<Env>();

  // Rendering runs inside the call's transaction: lookups go to it (`db`); signing uses the
  // secret that `signingReady` read on the pool beforehand, once per process.
  const renderer: Renderer = {
    reply: (reply, db) => {
      const kind = actionKind(reply);
      return renderTwiml(
        reply.instruction,
        {
          actionUrl: kind
            ? `${base}/webhooks/twilio/voice/action?step=${reply.step}&kind=${kind}`
            : `${base}/webhooks/twilio/voice`,
          recordingStatusUrl: `${base}/webhooks/twilio/recording`,
          answeredUrl: `${base}/webhooks/twilio/answered`,
          // A key pressed during a voicemail greeting reports to the same step as the recording.
          keyActionUrl: `${base}/webhooks/twilio/voice/action?step=${reply.step}&kind=gather`,
          businessNumber: reply.businessNumber,
          callerNumber: reply.callerNumber,
          greetingUrl: greetingPlayback(deps, db),
          speechUrl: speechUrl(deps, db) ?? undefined,
          transcriptionUrl: config.speech ? undefined : `${base}/webhooks/twilio/transcription`,
        },
        reply.dialAddresses,
      );
    },
    apology: () => apologyTwiml(),
  };
  /**
   * Signed media URLs need the media secret, read (or made) in a transaction of its own: done
   * before a call's transaction, which holds its connection while it renders (on PostgreSQL, a
   * second one from the pool could wait for it forever). Free once the secret is known. A
   * database that cannot give the secret now fails the call's own transaction next, which is
   * where a refused call is kept for the call log: so its failure is left to that.
   */
  const signingReady = () => mediaUrl(deps, '').catch(() => undefined);

  // The signature is checked before anything else is done with the request. Only a form
  // body (what Twilio posts) is parsed: any other type is checked as a signature over the
  // URL alone, so unsigned it is a 403 like any forgery, and signed it is a 415.
  app.use('*', async (c, next) => {
    const reply = await webhookReplies();
    c.set('reply', reply);
    const contentType = c.req.header('Content-Type');
    const form = isFormEncoded(contentType);
    const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    const body = hasBody ? await webhookBody(c) : '';
    if (body === null) return reply.tooLarge();
    const params = formParams(form ? body : '');
    const url = new URL(c.req.url);
    const signedUrl = `${base}${url.pathname}${url.search}`;
    if (!config.twilio.skipSignatureCheck) {
      const signature = c.req.header('X-Twilio-Signature');
      if (!verifyTwilioSignature(config.twilio.authToken, signature, signedUrl, params)) {
        log.warn('webhook refused: bad signature', {
          path: url.pathname,
          signed: Boolean(signature),
          url: signedUrl,
        });
        return reply.text('Invalid or missing X-Twilio-Signature', 403);
      }
    }
    if (hasBody && !form) {
      return reply.text('Twilio webhooks are posted as application/x-www-form-urlencoded', 415);
    }
    c.set('params', params);
    await next();
  });

  const twiml = (c: Context<Env>, xml: string) => c.get('reply').twiml(xml);
  const text = (c: Context<Env>, message: string, status: number) =>
    c.get('reply').text(message, status);
  /** Whatever goes wrong, the caller hears an apology and the error is logged. */
  const safely = async (c: Context<Env>, what: string, work: () => Promise<string>) => {
    try {
      return twiml(c, await work());
    } catch (error) {
      log.error(`${what} failed`, {
        error: String(error),
        stack: (error as Error).stack,
        callSid: c.get('params').CallSid,
      });
      return twiml(c, apologyTwiml());
    }
  };

  app.post('/voice', (c) => {
    const parsed = parseVoiceParams(c.get('params'));
    if (!parsed.ok) return text(c, parsed.error, 400);
    const { CallSid, From, To } = parsed.value;
    return safely(c, 'incoming call', async () => {
      await signingReady();
      return await calls.incoming(
        { providerCallId: CallSid, from: From, to: To, webhook: c.get('params') },
        renderer,
      );
    });
  });

  app.post('/voice/action', (c) => {
    const params = c.get('params');
    const parsed = parseVoiceParams(params);
    if (!parsed.ok) return text(c, parsed.error, 400);
    const step = Number(c.req.query('step'));
    const toEvent = ACTIONS.get(c.req.query('kind') ?? '');
    if (!Number.isInteger(step) || step < 0 || !toEvent) {
      return text(
        c,
        'The action URL needs step (a whole number) and kind (dial, gather, record or played)',
        400,
      );
    }
    return safely(c, 'call step', async () => {
      await signingReady();
      return await calls.event(
        { providerCallId: parsed.value.CallSid, step, event: toEvent(params), webhook: params },
        renderer,
      );
    });
  });

  app.post('/status', async (c) => {
    const params = c.get('params');
    const parsed = parseVoiceParams(params);
    if (!parsed.ok) return text(c, parsed.error, 400);
    const status = callStatus(params);
    if (status.ended) {
      try {
        const { CallSid } = parsed.value;
        // One transaction of its own (on SQLite, in the commit group of the moment).
        await calls.ended(CallSid, status.status, status.durationSeconds ?? null, params);
      } catch (error) {
        log.error('status callback failed', {
          error: String(error),
          callSid: parsed.value.CallSid,
        });
      }
    }
    return twiml(c, '<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });

  // A text received: logged and answered through the outbox, never inline, so
  // the reply is empty TwiML whatever the rules decide.
  app.post('/sms', async (c) => {
    const parsed = parseSmsParams(c.get('params'));
    if (!parsed.ok) return text(c, parsed.error, 400);
    const { MessageSid, From, To, Body } = parsed.value;
    try {
      await receiveText(deps, { providerMessageId: MessageSid, from: From, to: To, body: Body });
    } catch (error) {
      log.error('incoming text failed', { error: String(error), messageSid: MessageSid });
      return text(c, 'The text could not be stored; please retry', 503);
    }
    return twiml(c, '<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });

  // A dialled team member picked up: the call is a conversation from now on.
  // Twilio posts it for the dialled leg; ParentCallSid is the caller's call.
  app.post('/answered', async (c) => {
    const params = c.get('params');
    const parent = params.ParentCallSid;
    if (!parent) return text(c, 'ParentCallSid is missing', 400);
    await callAnswered(deps, TWILIO, parent, params.To ?? '');
    return twiml(c, '<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });

  // The recording's status callback. A completed one becomes a voicemail whose
  // audio the outbox copies; others (absent, failed) are only noted in the trace.
  app.post('/recording', async (c) => {
    const params = c.get('params');
    const sid = params.CallSid;
    if (!sid) return text(c, 'CallSid is missing', 400);
    const { RecordingSid, RecordingUrl, RecordingStatus, RecordingDuration } = params;
    const note = {
      recording: {
        sid: RecordingSid,
        url: RecordingUrl,
        status: RecordingStatus,
        durationSeconds: Number(RecordingDuration) || 0,
      },
    };
    if (RecordingStatus !== 'completed') {
      await noteOnCall(deps, TWILIO, sid, note);
      return twiml(c, '<?xml version="1.0" encoding="UTF-8"?><Response/>');
    }
    const recording = parseRecordingParams(params);
    if (!recording.ok) return text(c, recording.error, 400);
    try {
      // keepRecording is one transaction of its own.
      const kept = await keepRecording(deps, {
        provider: TWILIO,
        providerCallId: sid,
        recordingId: recording.value.RecordingSid,
        recordingUrl: recording.value.RecordingUrl,
        reportedDurationSeconds: recording.value.durationSeconds,
        note,
      });
      if (!kept) log.warn('recording for a call Ringflow does not know', { callSid: sid });
    } catch (error) {
      log.error('recording callback failed', { error: String(error), callSid: sid });
      return text(c, 'The recording could not be stored; please retry', 503);
    }
    return twiml(c, '<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });

  // Twilio's transcription of a recording (only asked for when Azure Speech is not set up).
  app.post('/transcription', async (c) => {
    const outcome = await keepTwilioTranscription(deps, c.get('params'));
    log.info('twilio transcription', { outcome, recordingSid: c.get('params').RecordingSid });
    return twiml(c, '<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });

  return app;
}
