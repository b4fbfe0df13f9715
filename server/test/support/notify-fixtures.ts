/**
 * @module
 * Notifications end to end: Ringflow over real HTTP with e-mail going to a
 * real SMTP server on 127.0.0.1, and voicemails written straight into the
 * database (with a real WAV file in the data directory), as the recordings
 * worker leaves them once their audio is stored.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWav } from '../../../test/fakes/wav.js';
import { transaction } from '../../src/db/sql/connection.js';
import { recordTranscript } from '../../src/db/voicemail-transcripts.js';
import { insertVoicemail, recordAudioError, recordAudioStored } from '../../src/db/voicemails.js';
import { enqueueNotifications } from '../../src/notifications/enqueue.js';
import { TWILIO } from '../../src/providers/twilio/name.js';
import { startTestServer, type TestServer } from './harness.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';

export const MAIL_FROM = 'Ringflow <ringflow@example.com>';
export const DEMO_NUMBER = '+14155550100';
export const CALLER = '+14155550123';

export interface NotifyServer {
  server: TestServer;
  smtp: SmtpSink;
  /** The demo number's id. */
  numberId: string;
  admin: Awaited<ReturnType<TestServer['admin']>>;
  close(): Promise<void>;
}

/** `postgres`: as for `startTestServer`, keeps the server's data in a fresh PostgreSQL database. */
export async function startNotifyServer(
  options: { postgres?: () => Promise<string> } = {},
): Promise<NotifyServer> {
  const smtp = await startSmtpSink();
  const server = await startTestServer({
    env: { SMTP_URL: smtp.url, MAIL_FROM },
    postgres: options.postgres,
  });
  const admin = await server.admin();
  const numbers = await admin<{ numbers: { id: string; number: string }[] }>('GET', '/numbers');
  const numberId = numbers.body.numbers.find((n) => n.number === DEMO_NUMBER)?.id;
  if (!numberId) throw new Error('the demo number is missing');
  return {
    server,
    smtp,
    numberId,
    admin,
    close: async () => {
      await server.close();
      await smtp.close();
    },
  };
}

let recordingSeq = 0;

/**
 * A voicemail on `numberId` whose audio is stored (a WAV of `seconds`, or
 * `audio` bytes), or unavailable; its 'voicemail.new' notifications are
 * enqueued in the same transaction. Returns its id and the audio bytes.
 */
export async function addVoicemail(
  server: TestServer,
  numberId: string,
  options: {
    seconds?: number;
    audio?: Buffer | { unavailable: string };
    transcript?: string;
  } = {},
): Promise<{ id: string; audio: Buffer | null; enqueued: number }> {
  const { db, config } = server.deps;
  const at = server.clock.now().toISOString();
  const audio = options.audio ?? makeWav({ seconds: options.seconds ?? 2 });
  return await transaction(db, async (tx) => {
    const { voicemail } = await insertVoicemail(tx, {
      callId: null,
      numberId,
      caller: CALLER,
      business: DEMO_NUMBER,
      provider: TWILIO,
      providerRecordingId: `RE${String(++recordingSeq).padStart(32, '0')}`,
      providerRecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
      reportedDurationSeconds: options.seconds ?? 2,
      at,
    });
    if (Buffer.isBuffer(audio)) {
      const file = join('recordings', `${voicemail.id}.wav`);
      mkdirSync(join(config.dataDir, 'recordings'), { recursive: true });
      writeFileSync(join(config.dataDir, file), audio);
      await recordAudioStored(tx, voicemail.id, {
        file,
        contentType: 'audio/wav',
        bytes: audio.length,
        sha256: 'x',
        durationSeconds: options.seconds ?? 2,
      });
    } else {
      await recordAudioError(tx, voicemail.id, audio.unavailable, true);
    }
    if (options.transcript) {
      await recordTranscript(tx, voicemail.id, {
        status: 'done',
        text: options.transcript,
        error: null,
      });
    }
    const enqueued = await enqueueNotifications(
      { ...server.deps, db: tx },
      {
        type: 'voicemail.new',
        voicemailId: voicemail.id,
      },
    );
    return { id: voicemail.id, audio: Buffer.isBuffer(audio) ? audio : null, enqueued };
  });
}
