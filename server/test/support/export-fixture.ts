/**
 * @module
 * A workspace worth exporting, on a test server of either backend: the demo
 * with a played call, texts, a voicemail with a real WAV file and a comment,
 * two greetings, and secrets that must not leave. Then what every archive of
 * it must hold, whoever wrote it (the API or the command).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { makeWav } from '../../../test/fakes/wav.js';
import { issueApiToken } from '../../src/auth/api-tokens.js';
import { hashPasswordSync } from '../../src/auth/password.js';
import { findCallByProviderId } from '../../src/db/calls.js';
import { insertAudioGreeting, insertTtsGreeting } from '../../src/db/greetings.js';
import { saveNumberNotifications } from '../../src/db/notifications.js';
import { findNumberByE164 } from '../../src/db/numbers.js';
import { createUser } from '../../src/db/users.js';
import { addComment } from '../../src/db/voicemail-inbox.js';
import { recordTranscript } from '../../src/db/voicemail-transcripts.js';
import { createWebhookEndpoint } from '../../src/db/webhook-endpoints.js';
import { OWNER, type TestServer } from './harness.js';
import { addVoicemail } from './history.js';

export const TRICKY = 'Hi, "Bob"\nsecond line';
export const FORMULA = '=HYPERLINK("http://evil.example")';
export const SLACK_URL = 'https://hooks.slack.com/services/T000/B000/secretpart';
export const GREETING_WAV = makeWav({ seconds: 1 });

export const TEXT_FILES = [
  'README.txt',
  'auto-reply-decisions.csv',
  'auto-reply-decisions.json',
  'calls.csv',
  'calls.json',
  'flows.json',
  'greetings.json',
  'members.json',
  'messages.csv',
  'messages.json',
  'numbers.json',
  'schedules.json',
  'users.json',
  'voicemails.csv',
  'voicemails.json',
];

export interface ExportFixture {
  voicemail: Awaited<ReturnType<typeof addVoicemail>>;
  callId: string;
  session: { cookie: string; csrf: string };
  apiToken: string;
  webhookSecret: string;
  passwordHash: string;
}

/** Fills `server` with the workspace, through its webhooks and storage functions. */
export async function seedExportFixture(server: TestServer): Promise<ExportFixture> {
  const { config, db } = server.deps;
  const call = server.call();
  const ringing = await call.ring();
  const record = await call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
  await call.act(record, 'Record', {
    RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
    RecordingDuration: '17',
    Digits: '#',
  });
  await call.hangUp();
  const callId = (await findCallByProviderId(db, 'twilio', call.callSid))?.id ?? '';
  const number = await findNumberByE164(db, '+14155550100');
  if (!callId || !number) throw new Error('the demo call or number is missing');

  const at = server.clock.now().toISOString();
  const voicemail = await addVoicemail(db, config.dataDir, at, { callId, numberId: number.id });
  await recordTranscript(db, voicemail.id, {
    status: 'done',
    text: 'Please call me back',
    error: null,
  });
  await addComment(db, {
    voicemailId: voicemail.id,
    authorId: null,
    authorName: 'Ann',
    body: 'Called back, no answer',
    at,
  });
  mkdirSync(join(config.dataDir, 'greetings'), { recursive: true });
  writeFileSync(join(config.dataDir, 'greetings', 'greet_hello-v1.wav'), GREETING_WAV);
  await insertAudioGreeting(db, {
    id: 'greet_hello',
    name: 'Hello',
    source: 'recording',
    audio: {
      file: join('greetings', 'greet_hello-v1.wav'),
      contentType: 'audio/wav',
      bytes: GREETING_WAV.length,
      sha256: createHash('sha256').update(GREETING_WAV).digest('hex'),
      durationSeconds: 1,
    },
    at,
  });
  await insertTtsGreeting(db, {
    id: 'greet_closed',
    name: 'Closed',
    text: 'We are closed.',
    voice: 'Polly.Joanna',
    language: 'en-US',
    synthesisStatus: 'unavailable',
    at,
  });
  expect((await server.text(TRICKY)).status).toBe(200);
  expect((await server.text(FORMULA)).status).toBe(200);

  const webhookSecret = (
    await createWebhookEndpoint(
      db,
      { url: 'https://crm.example.com/hook', description: 'CRM', numberId: null, events: [] },
      at,
    )
  ).secret;
  await saveNumberNotifications(db, number.id, { slack: { url: SLACK_URL, events: [] } }, at);
  const passwordHash = hashPasswordSync('another password');
  const admin = await createUser(
    db,
    { email: 'ann@example.com', name: 'Ann', role: 'admin', passwordHash },
    at,
  );
  const apiToken = (await issueApiToken(server.deps, admin.id, 'ann')).token;

  const login = await server.send('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(OWNER),
  });
  const session = {
    cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    csrf: ((await login.json()) as { csrfToken: string }).csrfToken,
  };
  return { voicemail, callId, session, apiToken, webhookSecret, passwordHash };
}

export const text = (files: Record<string, Uint8Array>, name: string) => {
  const file = files[name];
  if (!file) throw new Error(`${name} is not in the archive`);
  return new TextDecoder().decode(file);
};
export const json = (files: Record<string, Uint8Array>, name: string) =>
  JSON.parse(text(files, name));

/** Checks the parts of an archive that the CLI and the API must both get right. */
export function checkArchive(files: Record<string, Uint8Array>, fixture: ExportFixture) {
  const { voicemail, callId } = fixture;
  expect(Object.keys(files).sort()).toEqual(
    [...TEXT_FILES, `recordings/${voicemail.id}.wav`, 'greetings/greet_hello-v1.wav'].sort(),
  );
  expect(Buffer.from(files['greetings/greet_hello-v1.wav'] ?? [])).toEqual(GREETING_WAV);
  const greetings = json(files, 'greetings.json');
  expect(greetings).toEqual([
    expect.objectContaining({
      id: 'greet_closed',
      name: 'Closed',
      source: 'tts',
      version: 1,
      text: 'We are closed.',
      voice: 'Polly.Joanna',
      synthesis: { status: 'unavailable', error: null },
      audio: expect.objectContaining({
        file: null,
        note: expect.stringMatching(/Azure Speech was not set up/),
      }),
    }),
    expect.objectContaining({
      id: 'greet_hello',
      name: 'Hello',
      source: 'recording',
      synthesis: null,
      audio: expect.objectContaining({
        file: 'greetings/greet_hello-v1.wav',
        note: null,
        contentType: 'audio/wav',
        bytes: GREETING_WAV.length,
      }),
    }),
  ]);
  expect(Buffer.from(files[`recordings/${voicemail.id}.wav`] ?? [])).toEqual(
    readFileSync(voicemail.path),
  );
  const calls = json(files, 'calls.json');
  const played = calls.find((c: { id: string }) => c.id === callId);
  expect(played).toMatchObject({ status: 'ended', outcome: 'voicemail', from: '+14155550123' });
  expect(played).not.toHaveProperty('snapshot');
  expect(played.events.map((e: { kind: string }) => e.kind)).toContain('instruction');
  expect(played.events[0]).toMatchObject({ kind: 'webhook', step: expect.any(Number) });
  const vms = json(files, 'voicemails.json');
  expect(vms.find((v: { id: string }) => v.id === voicemail.id)).toMatchObject({
    audio: { status: 'stored', file: `recordings/${voicemail.id}.wav`, note: null },
  });
}
