import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCallByProviderId, listCallEvents } from '../src/db/calls.js';
import { MIGRATIONS } from '../src/db/migrate.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import type { FakeTwilio } from './support/fake-twilio.js';
import { SATURDAY_10PM, startTestServer, type TestServer } from './support/harness.js';

/** Whole calls over real HTTP against the demo flow, as Twilio would play them, on each backend. */
describe.each(BACKENDS)('on %s', (kind) => {
  let server: TestServer;
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    server = await startTestServer({ postgres });
  });
  afterEach(async () => {
    await server.close();
  });

  const stored = async (call: FakeTwilio) =>
    await findCallByProviderId(server.deps.db, 'twilio', call.callSid);

  describe('a call in business hours', () => {
    it('rings the team and ends answered when someone picks up', async () => {
      const call = server.call();
      const ringing = await call.ring();
      expect(ringing.status).toBe(200);
      const dial = ringing.verbs.find((v) => v.name === 'Dial');
      expect(dial?.attrs.timeout).toBe('25');
      expect(dial?.children.map((c) => [c.name, c.text])).toEqual([
        ['Number', '+14155550101'],
        ['Number', '+14155550102'],
      ]);
      const after = await call.act(ringing, 'Dial', {
        DialCallStatus: 'completed',
        DialCallDuration: '95',
      });
      expect(after.verbs.map((v) => v.name)).toEqual(['Hangup']);
      await call.hangUp('completed', '120');
      expect(await stored(call)).toMatchObject({
        status: 'ended',
        outcome: 'answered',
        durationSeconds: 120,
        providerStatus: 'completed',
      });
    });

    it('takes a voicemail when nobody answers and records the auto-reply it fires', async () => {
      const call = server.call();
      const ringing = await call.ring();
      const voicemail = await call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
      expect(voicemail.verbs.map((v) => v.name)).toEqual(['Say', 'Record', 'Redirect']);
      const record = voicemail.verbs[1];
      expect(record?.attrs).toMatchObject({
        maxLength: '120',
        recordingStatusCallback: 'https://ringflow.example.com/webhooks/twilio/recording',
      });
      const done = await call.act(voicemail, 'Record', {
        RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
        RecordingDuration: '17',
        Digits: '#',
      });
      expect(done.verbs.map((v) => v.name)).toEqual(['Hangup']);
      await call.hangUp();
      const saved = await stored(call);
      expect(saved).toMatchObject({ status: 'ended', outcome: 'voicemail' });
      expect(saved?.result?.autoReplies).toEqual(['reply-message']);
      expect(saved?.result?.path).toEqual([
        'start',
        'hours',
        'ring-team',
        'voicemail',
        'reply-message',
      ]);
    });
  });

  describe('a call after hours', () => {
    beforeEach(() => server.clock.set(SATURDAY_10PM));

    it('offers the menu, plays the hours on 2 and takes a voicemail on 1', async () => {
      const call = server.call();
      const menu = await call.ring();
      const gather = menu.verbs.find((v) => v.name === 'Gather');
      expect(gather?.attrs).toMatchObject({ numDigits: '1', actionOnEmptyResult: 'true' });
      expect(gather?.children[0]?.text).toMatch(/We are closed right now/);
      const hours = await call.act(menu, 'Gather', { Digits: '2' });
      expect(hours.verbs.map((v) => v.name)).toEqual(['Say', 'Redirect']);
      const again = await call.act(hours, 'Redirect');
      expect(again.verbs[0]?.name).toBe('Gather');
      const voicemail = await call.act(again, 'Gather', { Digits: '1' });
      expect(voicemail.verbs.map((v) => v.name)).toEqual(['Say', 'Record', 'Redirect']);
    });

    it('ends as abandoned when the caller hangs up in the menu', async () => {
      const call = server.call();
      await call.ring();
      await call.hangUp('completed', '6');
      expect(await stored(call)).toMatchObject({ status: 'ended', outcome: 'abandoned' });
      expect((await stored(call))?.result?.autoReplies).toEqual(['reply-missed']);
    });
  });

  describe('webhooks that must not be trusted or repeated', () => {
    it('refuses a forged signature with 403 and keeps no trace of the call', async () => {
      const call = server.call();
      const forged = await call.post('/webhooks/twilio/voice', {}, 'bm90IGEgc2lnbmF0dXJl');
      expect(forged.status).toBe(403);
      const unsigned = await server.send('/webhooks/twilio/voice', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          CallSid: call.callSid,
          From: '+1',
          To: '+14155550100',
        }).toString(),
      });
      expect(unsigned.status).toBe(403);
      expect(await stored(call)).toBeUndefined();
    });

    it('answers a retried webhook with the same TwiML without stepping again', async () => {
      const call = server.call();
      const ringing = await call.ring();
      const first = await call.act(ringing, 'Dial', { DialCallStatus: 'busy' });
      const step = (await stored(call))?.step;
      const retry = await call.act(ringing, 'Dial', { DialCallStatus: 'busy' });
      expect(retry.body).toBe(first.body);
      expect((await stored(call))?.step).toBe(step);
      const again = await call.ring();
      expect(again.body).toBe(ringing.body);
      const instructions = (
        await listCallEvents(server.deps.db, (await stored(call))?.id ?? '')
      ).filter((e) => e.kind === 'instruction');
      expect(instructions).toHaveLength(2);
    });

    it('apologises and hangs up for a number Ringflow does not know', async () => {
      const call = server.call('+14155550123', '+15005550000');
      const reply = await call.ring();
      expect(reply.status).toBe(200);
      expect(reply.verbs.map((v) => v.name)).toEqual(['Say', 'Hangup']);
      expect(await stored(call)).toMatchObject({ status: 'ended', outcome: 'rejected' });
      expect(server.log.lines.some((l) => l.message === 'call rejected')).toBe(true);
    });
  });

  describe('restarts', () => {
    it('continues a call where it was after the server restarts between two webhooks', async () => {
      const call = server.call();
      const ringing = await call.ring();
      await server.restart();
      const voicemail = await call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
      expect(voicemail.verbs.map((v) => v.name)).toEqual(['Say', 'Record', 'Redirect']);
      await call.act(voicemail, 'Record', {
        RecordingUrl: 'https://example.test/r',
        RecordingDuration: '9',
      });
      expect(await stored(call)).toMatchObject({ outcome: 'voicemail' });
    });
  });

  describe('webhooks arriving out of order', () => {
    it('keeps a voicemail whose recording report comes after the status callback', async () => {
      const call = server.call();
      const ringing = await call.ring();
      const voicemail = await call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
      await call.hangUp('completed', '40');
      expect(await stored(call)).toMatchObject({ status: 'ended', outcome: 'abandoned' });
      await call.act(voicemail, 'Record', {
        RecordingUrl: 'https://example.test/r',
        RecordingDuration: '21',
        Digits: 'hangup',
      });
      expect(await stored(call)).toMatchObject({ status: 'ended', outcome: 'voicemail' });
    });

    it('keeps an answered call answered when the dial report comes after the status callback', async () => {
      const call = server.call();
      const ringing = await call.ring();
      await call.hangUp('completed', '300');
      await call.act(ringing, 'Dial', { DialCallStatus: 'completed', DialCallDuration: '290' });
      expect(await stored(call)).toMatchObject({ status: 'ended', outcome: 'answered' });
    });
  });

  describe('callers who hang up early', () => {
    it('ends as abandoned when the caller hangs up while the phones ring', async () => {
      const call = server.call();
      const ringing = await call.ring();
      await call.act(ringing, 'Dial', { DialCallStatus: 'canceled' });
      await call.hangUp('completed', '12');
      expect(await stored(call)).toMatchObject({ status: 'ended', outcome: 'abandoned' });
      expect((await stored(call))?.result?.autoReplies).toEqual(['reply-missed']);
    });

    it('ends as abandoned, not waiting forever, when the caller hangs up during the greeting', async () => {
      const call = server.call();
      const ringing = await call.ring();
      await call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
      await call.hangUp('completed', '33');
      expect(await stored(call)).toMatchObject({ status: 'ended', outcome: 'abandoned' });
    });
  });

  describe('health', () => {
    it('reports the version and the database', async () => {
      const res = await server.send('/healthz', {});
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        ok: true,
        version: '0.1.0',
        database: { ok: true, schemaVersion: MIGRATIONS.at(-1)?.version },
      });
    });
  });
});
