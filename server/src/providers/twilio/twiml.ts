/**
 * @module
 * Renders the runtime's provider-neutral instructions as TwiML documents.
 * Every instruction that waits for something names an `action` URL, so
 * Twilio always comes back to Ringflow with the outcome.
 */
import type { Instruction } from '@ringflow/flow-runtime';
import { languagesOfVoice, type Prompt, type SayPrompt, twilioCatalogue } from '@ringflow/shared';
import { retryPrompt, voicemailFallbackPrompt } from '../../speech/node-sentences.js';
import { element, text, type Xml, xmlSafe } from './xml.js';

export { DEFAULT_VOICEMAIL_GREETING } from '../../speech/node-sentences.js';

/** What the server knows about the call and its URLs when it renders an instruction. */
export interface RenderContext {
  /** absolute URL Twilio posts the outcome of this instruction to (the caller adds step/query) */
  actionUrl: string;
  /** absolute URL for <Record recordingStatusCallback> */
  recordingStatusUrl: string;
  /** the called business number, for <Dial callerId> when a forward asks for it */
  businessNumber: string;
  /**
   * the caller's number. Not written into `<Dial>`: Twilio already presents
   * it by default, and an explicit `callerId="anonymous"` would fail the dial.
   */
  callerNumber: string;
  /**
   * absolute URL each dialled address reports its "answered" event to, so the
   * server knows the team is talking to the caller before the dial ends
   */
  answeredUrl?: string | undefined;
  /**
   * absolute URL a key pressed during a voicemail greeting posts `Digits` to
   * (the same step as `actionUrl`, reported as a gather); without it a
   * voicemail's keys are not offered
   */
  keyActionUrl?: string | undefined;
  /**
   * resolves a greeting id to what plays: its audio's absolute URL, the words
   * of a text-to-speech greeting without audio (yet, or no engine), or null
   * when it does not exist
   */
  greetingUrl(greetingId: string): GreetingPlayback | Promise<GreetingPlayback>;
  /**
   * the absolute URL of a say prompt's synthesised audio, already made (a
   * cached lookup, never synthesis); null or absent: `<Say>` speaks it
   */
  speechUrl?(prompt: SayPrompt): string | null | Promise<string | null>;
  /**
   * where Twilio posts its transcription of a recording; set only when
   * Twilio transcribes (no speech engine), and used when the node asks
   */
  transcriptionUrl?: string | undefined;
}

/** How a greeting plays: `<Play>` of its audio, `<Say>` of its text, or nothing. */
export type GreetingPlayback = { url: string } | { say: SayPrompt } | null;

/** dial targets after the server resolved team members to their addresses and skipped do-not-disturb */
export type DialAddress = string; // '+E164', 'sip:...', 'client:name'

/** Said when a call cannot be served (unknown number, no published flow, broken state). */
export const DEFAULT_APOLOGY =
  'Sorry, we cannot take your call right now. Please try again later. Goodbye.';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * Renders one instruction as a whole TwiML document.
 *
 * - `dial`: `<Dial>` ringing every address in `dialAddresses` at once (for
 *   sequential ringing the server passes only the current target's). Throws when
 *   the list is empty: the server must not render such a dial, and instead
 *   steps the call with a `no-answer` dial result itself, because a `<Dial>`
 *   with nobody to ring would leave the caller in silence.
 * - `say` / `play`: the message, then a `<Redirect>` to `actionUrl` that tells
 *   the server it has played. A greeting that no longer exists plays nothing.
 * - `gather`: one key, with the retry text first on a second or later attempt;
 *   `actionOnEmptyResult` makes Twilio post on silence too.
 * - `record`: the greeting (the default words when it is missing or blank),
 *   `<Record>`, and a `<Redirect>` to `actionUrl` because Twilio skips the
 *   action after an empty recording and runs the next verb instead; that
 *   request carries no recording, i.e. no message. With
 *   keys (and a `keyActionUrl`), the greeting is wrapped in a one-key
 *   `<Gather>` so a key pressed during it posts to `keyActionUrl`.
 * - `hangup`: `<Hangup/>`.
 *
 * Every sentence of a flow (prompts, the retry text, the default voicemail
 * words; see speech/node-sentences.ts) is a say prompt: `<Play>` of its
 * synthesised audio when `speechUrl` has some, else `<Say>`.
 *
 * @throws Error for a `dial` without addresses, or with an address that is
 *   not `+E.164`, `sip:`, `sips:` or `client:name`.
 * @example
 * ```ts
 * await renderTwiml(
 *   { type: 'say', nodeId: 'n1', text: 'We are closed.', language: 'en-US' },
 *   ctx,
 * );
 * // => '<?xml version="1.0" encoding="UTF-8"?><Response><Say language="en-US">We are closed.</Say>'
 * //    + '<Redirect method="POST">https://ringflow.example.com/webhooks/twilio/voice/action?step=3&amp;kind=played</Redirect></Response>'
 * ```
 */
export async function renderTwiml(
  instruction: Instruction,
  ctx: RenderContext,
  dialAddresses: readonly DialAddress[] = [],
): Promise<string> {
  switch (instruction.type) {
    case 'dial':
      return twiml(renderDial(instruction, ctx, dialAddresses));
    case 'say':
      return twiml(...(await sayPrompt(instruction, ctx)), redirect(ctx.actionUrl));
    case 'play':
      return twiml(...(await play(instruction.greetingId, ctx)), redirect(ctx.actionUrl));
    case 'gather':
      return twiml(await renderGather(instruction, ctx));
    case 'record':
      return twiml(...(await renderRecord(instruction, ctx)), redirect(ctx.actionUrl));
    case 'hangup':
      return twiml(element('Hangup'));
  }
}

/**
 * The document for a call Ringflow cannot serve: a short spoken apology
 * (`words`, escaped; the default when omitted), then a hang-up.
 *
 * @example
 * ```ts
 * apologyTwiml();
 * // => '<?xml version="1.0" encoding="UTF-8"?><Response><Say>Sorry, we cannot take your call right now. …</Say><Hangup/></Response>'
 * ```
 */
export function apologyTwiml(words: string = DEFAULT_APOLOGY): string {
  return twiml(...say(words), element('Hangup'));
}

function twiml(...verbs: Xml[]): string {
  return XML_DECLARATION + element('Response', {}, ...verbs);
}

function redirect(url: string): Xml {
  return element('Redirect', { method: 'POST' }, text(url));
}

/** `<Say>`, or no verb at all for blank text: an empty `<Say>` is invalid TwiML, not a pause. */
function say(words: string, voice: { voice?: string; language?: string } = {}): Xml[] {
  if (xmlSafe(words).trim() === '') return [];
  return [element('Say', { voice: voice.voice, language: voice.language }, text(words))];
}

async function play(greetingId: string, ctx: RenderContext): Promise<Xml[]> {
  const greeting = await ctx.greetingUrl(greetingId);
  if (!greeting) return [];
  if ('url' in greeting) return [element('Play', {}, text(greeting.url))];
  // Spoken like a say prompt: an Azure voice <Say> cannot speak gives way to the default one.
  return sayPrompt(greeting.say, ctx);
}

/** A say prompt: `<Play>` of its synthesised audio when there is some, else `<Say>`. */
async function sayPrompt(
  p: { text: string; voice?: string; language?: string },
  ctx: RenderContext,
): Promise<Xml[]> {
  if (xmlSafe(p.text).trim() === '') return [];
  const url = await ctx.speechUrl?.({
    type: 'say',
    text: p.text,
    voice: p.voice,
    language: p.language ?? 'en-US',
  });
  if (url) return [element('Play', {}, text(url))];
  // Not synthesised (yet, or it failed): <Say> cannot speak an Azure voice, so its default voice does.
  const azureOnly =
    ctx.speechUrl && p.voice && languagesOfVoice(twilioCatalogue, p.voice).length === 0;
  return say(p.text, azureOnly ? { language: p.language } : p);
}

function prompt(p: Prompt, ctx: RenderContext): Promise<Xml[]> {
  return p.type === 'say' ? sayPrompt(p, ctx) : play(p.greetingId, ctx);
}

function renderDial(
  instruction: Extract<Instruction, { type: 'dial' }>,
  ctx: RenderContext,
  addresses: readonly DialAddress[],
): Xml {
  if (addresses.length === 0) {
    throw new Error(
      `Dial at node ${instruction.nodeId} has no address to ring; step the call with a no-answer result instead`,
    );
  }
  return element(
    'Dial',
    {
      timeout: instruction.ringSeconds,
      action: ctx.actionUrl,
      method: 'POST',
      // Keeps the caller hearing ringback, not silence, and unbilled until someone answers.
      answerOnBridge: true,
      callerId: instruction.callerId === 'business' ? ctx.businessNumber : undefined,
    },
    ...addresses.map((address) => dialNoun(address, ctx.answeredUrl)),
  );
}

function dialNoun(address: DialAddress, answeredUrl: string | undefined): Xml {
  const answered = answeredUrl
    ? { statusCallbackEvent: 'answered', statusCallback: answeredUrl, statusCallbackMethod: 'POST' }
    : {};
  if (/^\+[1-9]\d{1,14}$/.test(address)) return element('Number', answered, text(address));
  if (/^sips?:\S+$/i.test(address)) return element('Sip', answered, text(address));
  const client = /^client:(\S+)$/.exec(address)?.[1];
  if (client) return element('Client', answered, text(client));
  throw new Error(`Cannot dial "${address}": expected +E.164, sip:, sips: or client:name`);
}

async function renderGather(
  instruction: Extract<Instruction, { type: 'gather' }>,
  ctx: RenderContext,
): Promise<Xml> {
  const { prompt: p } = instruction;
  const retry =
    instruction.attempt > 1 && instruction.retryText
      ? await sayPrompt(retryPrompt(instruction.retryText, p), ctx)
      : [];
  const spoken = await prompt(p, ctx);
  return element(
    'Gather',
    {
      input: 'dtmf',
      numDigits: 1,
      timeout: instruction.timeoutSeconds,
      action: ctx.actionUrl,
      method: 'POST',
      actionOnEmptyResult: true,
      // Empty, so `#` can be a menu key instead of ending the input.
      finishOnKey: '',
    },
    ...retry,
    ...spoken,
  );
}

async function renderRecord(
  instruction: Extract<Instruction, { type: 'record' }>,
  ctx: RenderContext,
): Promise<Xml[]> {
  const spoken = await prompt(instruction.greeting, ctx);
  const greeting =
    spoken.length > 0
      ? spoken
      : await sayPrompt(voicemailFallbackPrompt(instruction.greeting), ctx);
  const keys = instruction.keys ?? [];
  return [
    ...(keys.length > 0 && ctx.keyActionUrl
      ? [keysDuringGreeting(greeting, ctx.keyActionUrl)]
      : greeting),
    element('Record', {
      maxLength: instruction.maxLengthSeconds,
      action: ctx.actionUrl,
      method: 'POST',
      playBeep: instruction.playBeep,
      recordingStatusCallback: ctx.recordingStatusUrl,
      recordingStatusCallbackMethod: 'POST',
      ...(instruction.transcribe && ctx.transcriptionUrl
        ? { transcribe: true, transcribeCallback: ctx.transcriptionUrl }
        : {}),
      finishOnKey: '#',
      timeout: 5,
    }),
  ];
}

/**
 * The greeting inside a one-key `<Gather>`: a key pressed while it plays posts
 * `Digits` to `action`; without one, Twilio posts nothing (no
 * `actionOnEmptyResult`) and goes on to `<Record>` after a second.
 */
function keysDuringGreeting(greeting: Xml[], action: string): Xml {
  return element(
    'Gather',
    {
      input: 'dtmf',
      numDigits: 1,
      timeout: 1,
      action,
      method: 'POST',
      actionOnEmptyResult: false,
      // Empty, so `#` can be a key instead of ending the input.
      finishOnKey: '',
    },
    ...greeting,
  );
}
