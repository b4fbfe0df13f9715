import { afterEach, describe, expect, it } from 'vitest';
import { deliveriesOfEvent } from '../src/db/notifications.js';
import { findOutboxByKey, listOutbox } from '../src/db/outbox.js';
import { findUserCredentials } from '../src/db/users.js';
import { enqueueNotifications } from '../src/notifications/enqueue.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import { OWNER } from './support/harness.js';
import {
  addVoicemail,
  CALLER,
  type NotifyServer,
  startNotifyServer,
} from './support/notify-fixtures.js';

/**
 * E-mail notifications over real SMTP: the server sends through nodemailer
 * to an smtp-server on 127.0.0.1, and each message is read back with
 * mailparser.
 */
describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);

  let n: NotifyServer;
  afterEach(async () => {
    await n?.close();
  });

  const addUser = async (email: string) => {
    const res = await n.admin<{ id: string }>('POST', '/users', {
      email,
      name: email.split('@')[0],
      password: 'a long enough password',
      role: 'admin',
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };

  /** Sets a user's choices by logging in as them. */
  const chooseAs = async (email: string, choices: unknown) => {
    const login = await n.server.send('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'a long enough password' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const res = await n.server.send('/api/me/notifications', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
      body: JSON.stringify(choices),
    });
    expect(res.status).toBe(200);
  };

  describe('e-mail notifications of a new voicemail', () => {
    it('mails the caller, number, local time, duration, transcript status and link, with the WAV attached', async () => {
      n = await startNotifyServer({ postgres });
      const { id, audio } = await addVoicemail(n.server, n.numberId, { seconds: 2 });
      const report = await n.server.delivery.worker.drain();
      expect(report.sent).toBe(1);
      expect(n.smtp.messages).toHaveLength(1);
      const [mail] = n.smtp.messages;
      if (!mail || !audio) throw new Error('no mail');
      expect(mail.subject).toBe(`New voicemail from ${CALLER} on Main line`);
      expect(mail.from?.text).toBe('"Ringflow" <ringflow@example.com>');
      expect(mail.envelopeTo).toEqual([OWNER.email]);
      expect(mail.text).toContain(`Caller: ${CALLER}`);
      expect(mail.text).toContain('Number: Main line (+14155550100)');
      // 15:00 UTC is 10:00 in the demo schedule's zone, and the zone is stated.
      expect(mail.text).toContain('Time: Mon, Nov 23, 2026, 10:00 AM (America/New_York)');
      expect(mail.text).toContain('Duration: 2 s');
      expect(mail.text).toContain('Transcript: Not transcribed');
      expect(mail.text).toContain(`https://ringflow.example.com/voicemail/${id}`);
      expect(mail.html).toContain(`href="https://ringflow.example.com/voicemail/${id}"`);
      expect(mail.messageId).toBe(
        `<evt_voicemail_${id}.${await userIdOf(mail.envelopeTo[0])}@example.com>`,
      );
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments[0]?.contentType).toBe('audio/wav');
      expect(mail.attachments[0]?.filename).toBe('voicemail-14155550123-2026-11-23.wav');
      expect(Buffer.compare(mail.attachments[0]?.content ?? Buffer.alloc(0), audio)).toBe(0);

      const [delivery] = await deliveriesOfEvent(n.server.deps.db, `evt_voicemail_${id}`);
      expect(delivery).toMatchObject({ channel: 'email', attempt: 1, ok: true, statusCode: 250 });
    });

    it('quotes a transcript that is there, and says so when the audio is unavailable', async () => {
      n = await startNotifyServer({ postgres });
      await addVoicemail(n.server, n.numberId, {
        transcript: 'Please call me back about the leak.',
      });
      await addVoicemail(n.server, n.numberId, {
        audio: { unavailable: 'Twilio answered 404 for the recording' },
      });
      await n.server.delivery.worker.drain();
      // The two go out side by side (OUTBOX_CONCURRENCY): either may arrive first.
      const isUnavailable = (m: (typeof n.smtp.messages)[number]) =>
        Boolean(m.text?.includes('The audio is unavailable'));
      expect(n.smtp.messages).toHaveLength(2);
      const transcribed = n.smtp.messages.find((m) => !isUnavailable(m));
      const unavailable = n.smtp.messages.find(isUnavailable);
      expect(transcribed?.text).toContain('Transcript:\nPlease call me back about the leak.');
      expect(transcribed?.text).not.toContain('Not transcribed');
      expect(unavailable?.attachments).toHaveLength(0);
      expect(unavailable?.text).toContain(
        'The audio is unavailable: Twilio answered 404 for the recording.',
      );
    });

    it('does not attach audio over 5 MB, and says it is too large to attach', async () => {
      n = await startNotifyServer({ postgres });
      const big = Buffer.alloc(5 * 1024 * 1024 + 1000);
      await addVoicemail(n.server, n.numberId, { audio: big });
      await n.server.delivery.worker.drain();
      const [mail] = n.smtp.messages;
      expect(mail?.attachments).toHaveLength(0);
      expect(mail?.text).toContain(
        'The audio (5.0 MB) is too large to attach (over 5.0 MB); listen in Ringflow.',
      );
    });

    it('mails only the users who chose voicemail e-mails for this number', async () => {
      n = await startNotifyServer({ postgres });
      await addUser('off@example.com');
      await addUser('elsewhere@example.com');
      const other = await n.admin<{ id: string }>('POST', '/numbers', {
        number: '+14155550199',
        name: 'Second line',
      });
      await chooseAs('off@example.com', {
        email: { 'voicemail.new': false, 'call.missed': true, 'message.received': true },
        numberIds: null,
      });
      await chooseAs('elsewhere@example.com', {
        email: { 'voicemail.new': true, 'call.missed': false, 'message.received': false },
        numberIds: [other.body.id],
      });
      const { enqueued } = await addVoicemail(n.server, n.numberId);
      expect(enqueued).toBe(1);
      await n.server.delivery.worker.drain();
      expect(n.smtp.messages.map((m) => m.envelopeTo)).toEqual([[OWNER.email]]);
      // Two accounts made and signed in: four scrypt hashes, over 5 s on a loaded 2-core machine.
    }, 15_000);

    it('retries a transient SMTP refusal (451) and gives up on a permanent one (550)', async () => {
      n = await startNotifyServer({ postgres });
      n.smtp.refuseNext(1, 451);
      const first = await addVoicemail(n.server, n.numberId);
      expect((await n.server.delivery.worker.drain()).retried).toBe(1);
      n.server.clock.advance(31_000);
      expect((await n.server.delivery.worker.drain()).sent).toBe(1);
      expect(n.smtp.messages).toHaveLength(1);
      const attempts = await deliveriesOfEvent(n.server.deps.db, `evt_voicemail_${first.id}`);
      expect(attempts.map((a) => [a.attempt, a.ok, a.statusCode])).toEqual([
        [1, false, 451],
        [2, true, 250],
      ]);

      n.smtp.refuseNext(1, 550);
      const second = await addVoicemail(n.server, n.numberId);
      expect((await n.server.delivery.worker.drain()).failed).toBe(1);
      const [failed] = await deliveriesOfEvent(n.server.deps.db, `evt_voicemail_${second.id}`);
      expect(failed).toMatchObject({ ok: false, statusCode: 550 });
      expect(failed?.error).toContain('Planned refusal 550');
    });

    it('sends exactly once through a restart, and the same event enqueued twice adds nothing', async () => {
      n = await startNotifyServer({ postgres });
      const { id, enqueued } = await addVoicemail(n.server, n.numberId);
      expect(enqueued).toBe(1);
      expect(
        await enqueueNotifications(n.server.deps, { type: 'voicemail.new', voicemailId: id }),
      ).toBe(0);
      await n.server.restart();
      await n.server.delivery.worker.drain();
      await n.server.delivery.worker.drain();
      expect(n.smtp.messages).toHaveLength(1);
      const key = `notify:evt_voicemail_${id}:email:${await userIdOf(OWNER.email)}`;
      expect((await findOutboxByKey(n.server.deps.db, key))?.status).toBe('sent');
      expect(await listOutbox(n.server.deps.db, { kind: 'email' })).toHaveLength(1);
    });

    it('says e-mail is ready in /me/notifications when SMTP is set up', async () => {
      n = await startNotifyServer({ postgres });
      const mine = await n.admin('GET', '/me/notifications');
      expect(mine.body).toEqual({
        email: { 'voicemail.new': true, 'call.missed': false, 'message.received': false },
        numberIds: null,
        address: OWNER.email,
        emailReady: true,
        emailProblem: null,
      });
    });
  });

  async function userIdOf(email: string | undefined): Promise<string> {
    const found = email ? await findUserCredentials(n.server.deps.db, email) : undefined;
    if (!found) throw new Error(`no user ${email}`);
    return found.user.id;
  }
});
