/**
 * @module
 * History rows written straight through the db modules, for the retention
 * and export tests: calls with a trace, voicemails with a real WAV file in
 * the data directory, texts and auto-reply decisions, at chosen instants.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWav } from '../../../test/fakes/wav.js';
import { insertDecision } from '../../src/db/auto-replies.js';
import { appendCallEvent, type CallStatus, insertCall } from '../../src/db/calls.js';
import { insertMessage } from '../../src/db/messages.js';
import type { Connection } from '../../src/db/sql/connection.js';
import { insertVoicemail, recordAudioStored } from '../../src/db/voicemails.js';
import { TWILIO } from '../../src/providers/twilio/name.js';

const sid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

/** A call from `from` started at `at`, with a two-event trace; ended unless `status` says otherwise. */
export async function addCall(
  db: Connection,
  at: string,
  options: { status?: CallStatus; from?: string; numberId?: string | null } = {},
): Promise<string> {
  const id = sid('call_');
  const status = options.status ?? 'ended';
  await insertCall(db, {
    id,
    provider: TWILIO,
    providerCallId: sid('CA'),
    from: options.from ?? '+14155550123',
    to: '+14155550100',
    phoneNumberId: options.numberId ?? null,
    flowId: null,
    revisionId: null,
    snapshot: null,
    step: 2,
    status,
    outcome: status === 'ended' ? 'voicemail' : null,
    result: null,
    providerStatus: status === 'ended' ? 'completed' : null,
    startedAt: at,
    endedAt: status === 'ended' ? at : null,
    durationSeconds: status === 'ended' ? 42 : null,
  });
  await appendCallEvent(db, {
    callId: id,
    step: 1,
    kind: 'webhook',
    at,
    data: { CallStatus: 'ringing' },
    response: null,
  });
  await appendCallEvent(db, {
    callId: id,
    step: 1,
    kind: 'instruction',
    at,
    data: { verb: 'record' },
    response: '<Response><Record/></Response>',
  });
  return id;
}

/**
 * A voicemail of `callId` left at `at`, its audio stored as a real WAV file
 * under the data directory. Returns its id, the file's path and bytes.
 */
export async function addVoicemail(
  db: Connection,
  dataDir: string,
  at: string,
  options: { callId?: string | null; numberId?: string | null; caller?: string } = {},
): Promise<{ id: string; path: string; wav: Buffer }> {
  const recordingSid = sid('RE');
  const { voicemail } = await insertVoicemail(db, {
    callId: options.callId ?? null,
    numberId: options.numberId ?? null,
    caller: options.caller ?? '+14155550123',
    business: '+14155550100',
    provider: TWILIO,
    providerRecordingId: recordingSid,
    providerRecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/${recordingSid}`,
    reportedDurationSeconds: 2,
    at,
  });
  const wav = makeWav({ seconds: 0.25 });
  const file = `recordings/${voicemail.id}.wav`;
  const path = join(dataDir, file);
  mkdirSync(join(dataDir, 'recordings'), { recursive: true });
  writeFileSync(path, wav);
  await recordAudioStored(db, voicemail.id, {
    file,
    contentType: 'audio/wav',
    bytes: wav.length,
    sha256: createHash('sha256').update(wav).digest('hex'),
    durationSeconds: 0.25,
  });
  return { id: voicemail.id, path, wav };
}

/** A text received from `contact` at `at`. */
export async function addText(
  db: Connection,
  at: string,
  body: string,
  options: { numberId?: string | null; contact?: string } = {},
): Promise<string> {
  return (
    await insertMessage(db, {
      numberId: options.numberId ?? null,
      direction: 'in',
      author: 'contact',
      contact: options.contact ?? '+14155550123',
      business: '+14155550100',
      body,
      providerMessageId: sid('SM'),
      status: 'received',
      at,
    })
  ).message.id;
}

/** A decision, at `at`, not to answer the text `messageId`. */
export async function addDecision(
  db: Connection,
  at: string,
  numberId: string,
  messageId: string,
): Promise<string> {
  return await insertDecision(db, {
    numberId,
    contact: '+14155550123',
    trigger: 'incoming-text',
    callId: null,
    messageId,
    source: 'rule',
    sourceId: 'rule-1',
    sourceName: 'After hours',
    action: 'skip',
    reason: 'cooldown',
    detail: 'An auto-reply went out less than 12 hours ago',
    variant: null,
    text: null,
    sendAt: null,
    replyMessageId: null,
    at,
  });
}
