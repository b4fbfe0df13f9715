/**
 * @module
 * A call's trace is kept whole (the call page and replay read it, a retried
 * webhook gets its exact reply again), and it was most of what a call costs
 * to store. Its texts repeat themselves from call to call: TwiML's element
 * and attribute names and webhook URLs, the trace's JSON keys, event and
 * instruction types. Deflated against a preset dictionary of those, a
 * 400–600 byte reply keeps 60–120 bytes and a step's entries about a quarter
 * of their JSON, for some 20 µs each.
 *
 * A packed text is a BLOB whose first byte names its format (its dictionary).
 * A format's dictionary must never change once rows are written with it; a
 * new dictionary is a new format byte. Texts kept unpacked (rows from before
 * packing) are read as they are.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Deflate finds nearer matches cheaper, so in each dictionary the most common
 * strings come last.
 */
const DICTIONARIES: Readonly<Record<number, Buffer>> = {
  // 1: TwiML replies.
  1: Buffer.from(
    [
      '<Pause length="1"/><Reject/><Number>',
      '<Gather input="dtmf" numDigits="1" timeout="5" actionOnEmptyResult="true" action="',
      '<Play>',
      '</Play>',
      '<Say voice="',
      ' language="en-US">',
      '</Say>',
      '<Record maxLength="120" action="',
      ' playBeep="true" recordingStatusCallback="',
      '/webhooks/twilio/recording" recordingStatusCallbackMethod="POST" transcribe="true" transcribeCallback="',
      '/webhooks/twilio/transcription" finishOnKey="#" timeout="5"/>',
      '<Redirect method="POST">',
      '</Redirect>',
      '<Hangup/>',
      '<Dial timeout="25" action="',
      '" method="POST" answerOnBridge="true">',
      '<Number statusCallbackEvent="answered" statusCallback="',
      '/webhooks/twilio/answered" statusCallbackMethod="POST">+1',
      '</Number>',
      '</Dial>',
      '/webhooks/twilio/voice/action?step=1&amp;kind=record',
      '/webhooks/twilio/voice/action?step=0&amp;kind=dial',
      '/webhooks/twilio/voice/action?step=0&amp;kind=gather',
      '</Response>',
      '<?xml version="1.0" encoding="UTF-8"?><Response>',
    ].join(''),
  ),
  // 2: a trace write's entries, `[[kind, data], ...]` (db/call-trace.ts).
  2: Buffer.from(
    [
      '[["note",{"note":"',
      '[["note",{"recording":{"sid":"RE","url":"https://api.twilio.com/","status":"completed","durationSeconds":',
      '"FromCity":"","FromState":"","FromZip":"","FromCountry":"US","ToCity":"","ToState":"","ToZip":"","ToCountry":"US",',
      '{"type":"CALLER_HUNG_UP"},{"type":"NO_INPUT"},{"type":"PLAYBACK_DONE"}',
      '"Digits":"","SpeechResult":"","Confidence":"',
      '"RecordingSid":"RE","RecordingUrl":"https://api.twilio.com/","RecordingDuration":"',
      '[["webhook",{"CallStatus":"completed","CallDuration":"',
      '"DialCallStatus":"completed","DialCallDuration":"","DialCallSid":"CA',
      '"instruction":{"type":"gather","nodeId":"","numDigits":1,"timeoutSeconds":5,"prompt":{"type":"say","text":"',
      '"instruction":{"type":"say","nodeId":"","text":"","language":"en-US"},"dialAddresses":[]}]]',
      '"instruction":{"type":"play","nodeId":"","url":"',
      '"instruction":{"type":"hangup","nodeId":""},"dialAddresses":[]}]]',
      '"instruction":{"type":"record","nodeId":"","greeting":{"type":"say","text":"","language":"en-US"},"maxLengthSeconds":120,"transcribe":true,"playBeep":true},"dialAddresses":[]}]]',
      '"instruction":{"type":"dial","nodeId":"","targets":[{"type":"member","memberId":""}],"ringSeconds":25,"strategy":"simultaneous"},"dialAddresses":["+1',
      '{"type":"RECORDING_DONE","durationSeconds":,"url":"https://api.twilio.com/","entered":[',
      '{"type":"DIGITS","digits":"","entered":["',
      '{"type":"DIAL_RESULT","status":"no-answer","entered":["',
      '[["webhook",{"CallStatus":"in-progress","DialCallStatus":"no-answer"}],["event",',
      '[["webhook",{"Direction":"inbound","CallStatus":"ringing"}],["event",{"type":"START","entered":["start","',
      '"]}],["instruction",{',
    ].join(''),
  ),
  // 3: a finished call's result (db/calls.ts): its path and the outcomes taken name the same nodes.
  3: Buffer.from(
    [
      '"reason":"',
      '{"outcome":"abandoned","autoReplies":[',
      '{"outcome":"missed","autoReplies":[',
      '{"outcome":"answered","autoReplies":[',
      '"outcomeId":"no-answer"},{"nodeId":"',
      '"outcomeId":"answered"},{"nodeId":"',
      '"outcomeId":"open"},{"nodeId":"',
      '"outcomeId":"closed"},{"nodeId":"',
      '"outcomeId":"recorded"}',
      '"outcomeId":"next"},{"nodeId":"',
      '],"taken":[{"nodeId":"start","outcomeId":"next"},{"nodeId":"',
      '{"outcome":"voicemail","autoReplies":["',
      '"],"endedAt":"',
      '","reason":null,"path":["start","',
    ].join(''),
  ),
};

/**
 * Deflate's default state is some 256 KB, allocated and cleared for every
 * text: most of the cost of packing a few hundred bytes. A 4 KB window still
 * holds every dictionary and text, and packs them to the same bytes' worth;
 * inflating needs no option (any window up to the default reads it).
 */
const SMALL = { windowBits: 12, memLevel: 2 } as const;

/** The formats, named by what they hold. */
export const PACKED = { twiml: 1, trace: 2, result: 3 } as const;

/**
 * A text as it is stored, packed with a format's dictionary.
 *
 * @example
 * packText(PACKED.twiml, '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>'); // 15 bytes
 */
export function packText(format: (typeof PACKED)[keyof typeof PACKED], text: string): Buffer {
  const packed = deflateRawSync(text, { dictionary: DICTIONARIES[format], ...SMALL });
  const stored = Buffer.allocUnsafe(packed.length + 1);
  stored[0] = format;
  packed.copy(stored, 1);
  return stored;
}

/** A stored text as it was written; a text kept unpacked is returned as it is. */
export function unpackText(stored: Buffer | string): string;
export function unpackText(stored: Buffer | string | null): string | null;
export function unpackText(stored: Buffer | string | null): string | null {
  if (stored === null || typeof stored === 'string') return stored;
  const dictionary = DICTIONARIES[stored[0] as number];
  if (!dictionary) throw new Error(`Unknown packed text format ${stored[0]}`);
  return inflateRawSync(stored.subarray(1), { dictionary }).toString('utf8');
}
