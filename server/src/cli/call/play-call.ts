/**
 * @module
 * Plays one call the way Twilio would: fetches the incoming-call TwiML,
 * performs its verbs, answers each verb that waits with the next of the
 * user's events, follows `action` and `<Redirect>` URLs, and sends the status
 * callback when the call ends.
 */
import { type CallEvent, describeEvent } from '@ringflow/flow-runtime';
import {
  type Prompt,
  readTwiml,
  TwimlError,
  type TwimlVerb,
} from '../../providers/twilio/twiml-reader.js';
import { CliError } from '../cli-error.js';
import type { TimedEvent } from '../events.js';
import {
  describePrompt,
  describePromptShort,
  foldsIntoRecord,
  greetingBefore,
  isPrompt,
  promptSeconds,
} from './prompts.js';
import { twilioSid, type WebhookClient } from './webhook-client.js';

/** How long an answered call's conversation lasts, for `DialCallDuration`. */
const TALK_SECONDS = 30;

export interface PlayCallOptions {
  client: WebhookClient;
  events: TimedEvent[];
  out: (line: string) => void;
  /** Public URLs of the incoming-call webhook and of the number's status callback. */
  voiceUrl: string;
  statusUrl: string;
  accountSid: string;
}

export interface PlayedCall {
  /** Roughly how long the call lasted, as sent in `CallDuration`. */
  durationSeconds: number;
  /** Events not used because the call ended first. */
  leftOver: TimedEvent[];
}

/** The request that fetches the next document; `afterwards` runs once it is answered. */
type Next = {
  url: string;
  params: Record<string, string>;
  afterwards?: () => Promise<unknown>;
} | null;
type Dial = Extract<TwimlVerb, { verb: 'Dial' }>;
type Gather = Extract<TwimlVerb, { verb: 'Gather' }>;
type Record_ = Extract<TwimlVerb, { verb: 'Record' }>;

/**
 * Plays the call to its end and returns what was left of the events.
 *
 * @throws CliError (exit 1) when an event does not fit the verb the call waits
 *   on; the caller hangs up there first.
 * @example
 * ```ts
 * const played = await playCall({ client, events: parseEvents('no-answer,record:20'), out, voiceUrl, statusUrl, accountSid });
 * ```
 */
export function playCall(options: PlayCallOptions): Promise<PlayedCall> {
  return new CallPlayer(options).play();
}

class CallPlayer {
  private next = 0;
  private seconds = 0;
  private step = 0;
  /** Why the call stopped early: an event that does not fit the verb that waits. */
  private mismatch: { token: string; message: string } | null = null;

  constructor(private readonly o: PlayCallOptions) {}

  async play(): Promise<PlayedCall> {
    let url = this.o.voiceUrl;
    let xml = await this.o.client.post(url, { CallStatus: 'ringing' });
    // Bounded: the client refuses more than MAX_REQUESTS requests per call.
    for (;;) {
      const next = await this.perform(this.read(xml, url), url);
      if (!next) break;
      url = next.url;
      xml = await this.o.client.post(url, { CallStatus: 'in-progress', ...next.params });
      await next.afterwards?.();
    }
    if (this.mismatch) throw new CliError(this.mismatch.message, 1);
    return { durationSeconds: this.seconds, leftOver: this.o.events.slice(this.next) };
  }

  private read(xml: string, url: string): TwimlVerb[] {
    try {
      return readTwiml(xml);
    } catch (error) {
      if (!(error instanceof TwimlError)) throw error;
      throw new CliError(`The server's answer to ${url} is not TwiML: ${error.message}`, 1);
    }
  }

  /** Performs one document; returns the request that fetches the next, or null when the call is over. */
  private async perform(verbs: TwimlVerb[], documentUrl: string): Promise<Next> {
    const at = (url: string | undefined) => this.o.client.resolve(url ?? documentUrl, documentUrl);
    for (const [i, verb] of verbs.entries()) {
      switch (verb.verb) {
        case 'Say':
        case 'Play':
        case 'Pause':
          // A greeting before <Record> is shown on the recording's line.
          // A <Redirect> right after the message takes its `played` event itself.
          if (!foldsIntoRecord(verbs, i)) this.prompt(verb, verbs[i + 1]?.verb !== 'Redirect');
          break;
        case 'Dial': {
          const next = await this.dial(verb, at(verb.action));
          if (next !== 'continue') return next;
          break;
        }
        case 'Gather': {
          const next = isGreetingGather(verbs, i)
            ? this.keyDuringGreeting(verb, at(verb.action))
            : await this.gather(verb, at(verb.action));
          if (next !== 'continue') return next;
          break;
        }
        case 'Record': {
          const before = verbs[i - 1];
          const greeting =
            before?.verb === 'Gather' && isGreetingGather(verbs, i - 1)
              ? before.prompts
              : greetingBefore(verbs, i);
          const next = await this.record(verb, greeting, at(verb.action));
          if (next !== 'continue') return next;
          break;
        }
        case 'Redirect': {
          const hungUp = this.takeIf('CALLER_HUNG_UP');
          if (hungUp) return this.callerHangsUp(hungUp);
          const played = this.takeIf('PLAYBACK_DONE');
          if (played || isPrompt(verbs[i - 1])) this.heard({ type: 'PLAYBACK_DONE' });
          return { url: at(verb.url), params: {} };
        }
        case 'Hangup':
        case 'Reject':
          this.say('Hangs up');
          return this.hangUp();
        case 'Other':
          this.say(`Skips <${verb.name}> (ringflow call does not play it)`);
          break;
      }
    }
    this.say('Hangs up (the instructions ended)');
    return this.hangUp();
  }

  private prompt(prompt: Prompt, takesPlayed: boolean): void {
    this.say(describePrompt(prompt));
    this.seconds += promptSeconds(prompt);
    const played = takesPlayed && prompt.verb !== 'Pause' ? this.takeIf('PLAYBACK_DONE') : null;
    if (played) this.heard(played);
  }

  private async dial(verb: Dial, action: string): Promise<Next | 'continue'> {
    this.say(`Ringing ${verb.targets.join(', ') || 'nobody'} for ${verb.timeoutSeconds} s`);
    const event = this.take(
      `the call is ringing ${verb.targets.join(', ')} and waits for answered, no-answer, busy, failed or hangup`,
      (e) => e.type === 'DIAL_RESULT',
    );
    if (event?.type !== 'DIAL_RESULT') {
      const report = verb.action ? { url: action, params: dialParams('canceled') } : null;
      return this.callerHangsUp(event, report);
    }
    this.heard(event);
    const status = event.status === 'answered' ? 'completed' : event.status;
    this.seconds += {
      answered: 5 + TALK_SECONDS,
      'no-answer': verb.timeoutSeconds,
      busy: 2,
      failed: 1,
    }[event.status];
    // Without an action Twilio goes on with the next verb once the dialled leg ends.
    return verb.action ? { url: action, params: dialParams(status) } : 'continue';
  }

  private async gather(verb: Gather, action: string): Promise<Next | 'continue'> {
    const keys =
      verb.numDigits === undefined
        ? 'keys'
        : verb.numDigits === 1
          ? 'one key'
          : `${verb.numDigits} keys`;
    const words = verb.prompts.map(describePromptShort).join(' ');
    this.say(`Menu${words ? `: ${words}` : ''} (${keys}; waits ${verb.timeoutSeconds} s)`);
    for (const p of verb.prompts) this.seconds += promptSeconds(p);
    const event = this.take(
      'the menu waits for a key (0-9, * or #, or press:KEYS), silence or hangup',
      (e) => e.type === 'DIGITS' || e.type === 'NO_INPUT',
    );
    if (event?.type === 'DIGITS') {
      this.heard(event);
      this.seconds += 2;
      return { url: action, params: { Digits: event.digits } };
    }
    if (event?.type !== 'NO_INPUT') return this.callerHangsUp(event);
    this.heard(event);
    this.seconds += verb.timeoutSeconds;
    // On silence Twilio posts only when asked to; otherwise it runs the next verb.
    return verb.actionOnEmptyResult ? { url: action, params: {} } : 'continue';
  }

  /**
   * A voicemail greeting the caller may interrupt with a key: the next event,
   * when it is a key, is posted as `Digits`; otherwise the greeting plays on
   * into `<Record>`, which shows it.
   */
  private keyDuringGreeting(verb: Gather, action: string): Next | 'continue' {
    const event = this.takeIf('DIGITS');
    if (event?.type !== 'DIGITS') return 'continue';
    const words = verb.prompts.map(describePromptShort).join(' ');
    this.say(`Voicemail greeting${words ? `: ${words}` : ''} (a key may be pressed during it)`);
    this.heard(event);
    this.seconds += 2;
    return { url: action, params: { Digits: event.digits.slice(0, 1) } };
  }

  private async record(
    verb: Record_,
    greeting: Prompt[],
    action: string,
  ): Promise<Next | 'continue'> {
    const words = greeting.map(describePromptShort).join(' ');
    this.say(`Recording up to ${verb.maxLengthSeconds} s${words ? ` after: ${words}` : ''}`);
    for (const p of greeting) this.seconds += promptSeconds(p);
    const event = this.take(
      'the recording waits for record:SECONDS, no-message or hangup',
      (e) => e.type === 'RECORDING_DONE',
    );
    if (event?.type !== 'RECORDING_DONE') {
      const report = { url: action, params: { Digits: 'hangup', RecordingDuration: '0' } };
      return this.callerHangsUp(event, report);
    }
    this.heard(event);
    if (event.durationSeconds < 1) {
      // Twilio skips the action after an empty recording and runs the next verb.
      this.seconds += 5;
      return 'continue';
    }
    const duration = Math.min(event.durationSeconds, verb.maxLengthSeconds);
    this.seconds += duration + 1;
    const recordingSid = twilioSid('RE');
    const recordingUrl = `https://api.twilio.com/2010-04-01/Accounts/${this.o.accountSid}/Recordings/${recordingSid}`;
    const recording = { RecordingSid: recordingSid, RecordingUrl: recordingUrl };
    const params = { ...recording, RecordingDuration: String(duration), Digits: '#' };
    const callback = verb.recordingStatusCallback;
    if (!callback) return { url: action, params };
    // The recording becomes available while the call goes on; Twilio says so separately.
    const afterwards = () =>
      this.o.client.post(this.o.client.resolve(callback, action), {
        ...recording,
        RecordingStatus: 'completed',
        RecordingDuration: String(duration),
        RecordingChannels: '1',
        RecordingSource: 'RecordVerb',
      });
    return { url: action, params, afterwards };
  }

  /**
   * The caller hangs up while a verb waits (or the events ran out there).
   * Twilio still reports a dial or a recording to its action, ignoring the
   * answer, then sends the status callback.
   */
  private async callerHangsUp(event: CallEvent | null, report: Next = null): Promise<null> {
    if (event) this.heard(event);
    else if (this.mismatch)
      this.o.out(`       ("${this.mismatch.token}" does not fit: the caller hangs up)`);
    else this.o.out('       (no more events: the caller hangs up)');
    if (report) await this.o.client.post(report.url, { CallStatus: 'completed', ...report.params });
    return this.hangUp();
  }

  /** The call is over: the number's status callback. */
  private async hangUp(): Promise<null> {
    await this.o.client.post(this.o.statusUrl, {
      CallStatus: 'completed',
      CallDuration: String(this.seconds),
      Timestamp: new Date().toUTCString(),
      CallbackSource: 'call-progress-events',
      SequenceNumber: '0',
    });
    return null;
  }

  /**
   * The next event when it fits (or is a hang-up), null when there are none
   * left or it does not fit. Then the caller hangs up, so the server does not
   * keep a call open forever, and the command exits 1 saying what the call
   * waited for.
   */
  private take(waitsFor: string, fits: (event: CallEvent) => boolean): CallEvent | null {
    const timed = this.o.events[this.next];
    if (!timed) return null;
    if (timed.event.type !== 'CALLER_HUNG_UP' && !fits(timed.event)) {
      const message = `Event "${timed.token}" does not fit here: ${waitsFor}.`;
      this.mismatch = { token: timed.token, message };
      return null;
    }
    this.next += 1;
    return timed.event;
  }

  /** The next event if it is of this type. */
  private takeIf(type: CallEvent['type']): CallEvent | null {
    const timed = this.o.events[this.next];
    if (timed?.event.type !== type) return null;
    this.next += 1;
    return timed.event;
  }

  private say(line: string): void {
    this.step += 1;
    this.o.out(`${String(this.step).padStart(3)}. ${line}`);
  }

  private heard(event: CallEvent): void {
    this.o.out(`       ← ${describeEvent(event)}`);
  }
}

function dialParams(status: string): Record<string, string> {
  return {
    DialCallStatus: status,
    DialCallSid: twilioSid('CA'),
    ...(status === 'completed'
      ? { DialCallDuration: String(TALK_SECONDS), DialBridged: 'true' }
      : {}),
  };
}

/** A one-key `<Gather>` that does not post on silence, right before `<Record>`: keys during a voicemail greeting. */
function isGreetingGather(verbs: TwimlVerb[], i: number): boolean {
  const verb = verbs[i];
  return verb?.verb === 'Gather' && !verb.actionOnEmptyResult && verbs[i + 1]?.verb === 'Record';
}
