/**
 * @module
 * Twilio's webhook form parameters turned into Ringflow's normalised call
 * events, one function per kind of webhook, so the machine never sees a
 * Twilio name.
 */
import { type CallEvent, type DialStatus, issueMessage } from '@ringflow/flow-runtime';
import { z } from 'zod';

/** Form parameters as posted by Twilio (`application/x-www-form-urlencoded`). */
export type TwilioParams = Readonly<Record<string, string | undefined>>;

/** `CallStatus` values Twilio documents for voice webhooks. */
export type TwilioCallStatus =
  | 'queued'
  | 'ringing'
  | 'in-progress'
  | 'completed'
  | 'busy'
  | 'failed'
  | 'no-answer'
  | 'canceled';

const CALL_STATUSES: ReadonlySet<string> = new Set<TwilioCallStatus>([
  'queued',
  'ringing',
  'in-progress',
  'completed',
  'busy',
  'failed',
  'no-answer',
  'canceled',
]);
const ENDED_STATUSES: ReadonlySet<string> = new Set<TwilioCallStatus>([
  'completed',
  'busy',
  'no-answer',
  'canceled',
  'failed',
]);

const DIAL_STATUSES: ReadonlyMap<string, DialStatus> = new Map<string, DialStatus>([
  ['completed', 'answered'],
  ['answered', 'answered'],
  ['busy', 'busy'],
  ['no-answer', 'no-answer'],
  ['failed', 'failed'],
  // The caller hung up while the team's phones rang: nobody answered them.
  ['canceled', 'no-answer'],
]);

/**
 * The `<Dial action>` callback as a `DIAL_RESULT` event. A missing or
 * unknown `DialCallStatus` counts as `failed`, so the flow takes its
 * no-answer branch rather than stalling.
 *
 * @example
 * ```ts
 * dialResult({ DialCallStatus: 'completed' }); // => { type: 'DIAL_RESULT', status: 'answered' }
 * dialResult({ DialCallStatus: 'canceled' }); // => { type: 'DIAL_RESULT', status: 'no-answer' }
 * ```
 */
export function dialResult(params: TwilioParams): Extract<CallEvent, { type: 'DIAL_RESULT' }> {
  return {
    type: 'DIAL_RESULT',
    status: DIAL_STATUSES.get(params.DialCallStatus ?? '') ?? 'failed',
  };
}

/**
 * The `<Gather actionOnEmptyResult="true">` callback: the keys pressed, or
 * `NO_INPUT` when the caller stayed silent.
 *
 * @example
 * ```ts
 * gatherResult({ Digits: '2' }); // => { type: 'DIGITS', digits: '2' }
 * gatherResult({ Digits: '' }); // => { type: 'NO_INPUT' }
 * ```
 */
export function gatherResult(
  params: TwilioParams,
): Extract<CallEvent, { type: 'DIGITS' | 'NO_INPUT' }> {
  const digits = params.Digits;
  return digits ? { type: 'DIGITS', digits } : { type: 'NO_INPUT' };
}

/**
 * The `<Record action>` callback as a `RECORDING_DONE` event. Twilio omits
 * `RecordingUrl` and `RecordingDuration` when it requests the TwiML after an
 * empty recording; that reads as a zero-second message, which the voicemail
 * node treats as no message.
 *
 * @example
 * ```ts
 * recordingResult({ RecordingDuration: '12', RecordingUrl: 'https://api.twilio.com/.../RE1' });
 * // => { type: 'RECORDING_DONE', durationSeconds: 12, url: 'https://api.twilio.com/.../RE1' }
 * ```
 */
export function recordingResult(
  params: TwilioParams,
): Extract<CallEvent, { type: 'RECORDING_DONE' }> {
  const url = params.RecordingUrl;
  return {
    type: 'RECORDING_DONE',
    durationSeconds: seconds(params.RecordingDuration) ?? 0,
    ...(url ? { url } : {}),
  };
}

/**
 * Whether the caller hung up to end the recording (Twilio posts
 * `Digits=hangup`), in which case Twilio ignores the TwiML we answer with.
 *
 * @example
 * ```ts
 * callerHungUpDuringRecording({ Digits: 'hangup' }); // => true
 * callerHungUpDuringRecording({ Digits: '#' }); // => false
 * ```
 */
export function callerHungUpDuringRecording(params: TwilioParams): boolean {
  return params.Digits === 'hangup';
}

/** What the number's status callback says about the call. */
export interface CallStatusUpdate {
  /** Twilio's `CallStatus`; `unknown` when it is missing or not one Twilio documents. */
  status: TwilioCallStatus | 'unknown';
  /** `CallDuration`, when Twilio sent it. */
  durationSeconds?: number;
  /** The call is over: completed, busy, no-answer, canceled or failed. */
  ended: boolean;
}

/**
 * The status callback (and any voice webhook's `CallStatus`): whether the call
 * is over and how long it lasted.
 *
 * @example
 * ```ts
 * callStatus({ CallStatus: 'completed', CallDuration: '42' });
 * // => { status: 'completed', durationSeconds: 42, ended: true }
 * callStatus({ CallStatus: 'in-progress' }); // => { status: 'in-progress', ended: false }
 * ```
 */
export function callStatus(params: TwilioParams): CallStatusUpdate {
  const raw = params.CallStatus ?? '';
  const status = CALL_STATUSES.has(raw) ? (raw as TwilioCallStatus) : 'unknown';
  const durationSeconds = seconds(params.CallDuration);
  return {
    status,
    ...(durationSeconds === undefined ? {} : { durationSeconds }),
    ended: ENDED_STATUSES.has(status),
  };
}

/** A whole number of seconds from a form value; undefined when absent or not a number. */
function seconds(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** A text field with a message that names it, for each way it can be wrong. */
function text(field: string, max: number) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${field} is missing` : `${field} must be a string`,
    })
    .max(max, `${field} is longer than ${max} characters`);
}

/**
 * The parameters every Twilio voice webhook carries. `From` and `To` may be
 * empty or a placeholder such as `anonymous` when the caller withholds their
 * number, so they are not checked for a format; unknown parameters are dropped.
 */
export const VoiceParamsSchema = z.object({
  CallSid: text('CallSid', 64).min(1, 'CallSid is empty'),
  AccountSid: text('AccountSid', 64).optional(),
  From: text('From', 256).default(''),
  To: text('To', 256).default(''),
  CallStatus: text('CallStatus', 32).optional(),
  Direction: text('Direction', 32).optional(),
});
export type VoiceParams = z.output<typeof VoiceParamsSchema>;

/** Either the parsed parameters, or a message that names the field at fault. */
export type VoiceParamsResult = { ok: true; value: VoiceParams } | { ok: false; error: string };

/**
 * Validates the common voice parameters of a webhook.
 *
 * @example
 * ```ts
 * parseVoiceParams({ CallSid: 'CA1', From: 'anonymous', To: '+14155550100' });
 * // => { ok: true, value: { CallSid: 'CA1', From: 'anonymous', To: '+14155550100' } }
 * parseVoiceParams({ From: '+14155550100' }); // => { ok: false, error: 'CallSid is missing' }
 * ```
 */
export function parseVoiceParams(params: TwilioParams): VoiceParamsResult {
  const parsed = VoiceParamsSchema.safeParse(params);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: issue ? issueMessage(issue) : 'Invalid voice parameters' };
}

/** An incoming text webhook's parameters. Media-only texts carry an empty Body. */
export const SmsParamsSchema = z.object({
  MessageSid: text('MessageSid', 64).min(1, 'MessageSid is empty'),
  AccountSid: text('AccountSid', 64).optional(),
  From: text('From', 256).min(1, 'From is empty'),
  To: text('To', 256).min(1, 'To is empty'),
  Body: z.string().max(10_000, 'Body is longer than 10,000 characters').default(''),
  NumMedia: text('NumMedia', 8).optional(),
});
export type SmsParams = z.output<typeof SmsParamsSchema>;

/**
 * Validates an incoming text webhook; the error names the field at fault.
 *
 * @example
 * parseSmsParams({ MessageSid: 'SM1', From: '+14155550123', To: '+14155550100', Body: 'Hi' }).ok; // true
 */
export function parseSmsParams(
  params: TwilioParams,
): { ok: true; value: SmsParams } | { ok: false; error: string } {
  const parsed = SmsParamsSchema.safeParse(params);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: issue ? issueMessage(issue) : 'Invalid text parameters' };
}

/** A completed recording's status callback: which recording, and where its audio is. */
export interface RecordingParams {
  RecordingSid: string;
  /** Without an extension: `.wav` or `.mp3` is added to fetch it. */
  RecordingUrl: string;
  /** `RecordingDuration`, when Twilio sent it. */
  durationSeconds: number | null;
}

const RECORDING_SID = /^RE[0-9a-f]{32}$/i;

/**
 * Validates the recording status callback of a completed recording; the
 * error names the parameter at fault.
 *
 * @example
 * parseRecordingParams({ RecordingSid: 'RE0123...', RecordingUrl: 'https://api.twilio.com/.../RE0123...', RecordingDuration: '20' });
 * // => { ok: true, value: { RecordingSid: 'RE0123...', RecordingUrl: '...', durationSeconds: 20 } }
 */
export function parseRecordingParams(
  params: TwilioParams,
): { ok: true; value: RecordingParams } | { ok: false; error: string } {
  const sid = params.RecordingSid ?? '';
  if (!sid) return { ok: false, error: 'RecordingSid is missing' };
  if (!RECORDING_SID.test(sid)) {
    return { ok: false, error: 'RecordingSid must be RE followed by 32 hexadecimal digits' };
  }
  const url = params.RecordingUrl ?? '';
  if (!url) return { ok: false, error: 'RecordingUrl is missing' };
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol) || url.length > 2048) {
    return { ok: false, error: 'RecordingUrl must be an http(s) URL' };
  }
  return {
    ok: true,
    value: {
      RecordingSid: sid,
      RecordingUrl: url,
      durationSeconds: seconds(params.RecordingDuration) ?? null,
    },
  };
}
