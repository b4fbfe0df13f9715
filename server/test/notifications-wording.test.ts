import { describe, expect, it } from 'vitest';
import type { Voicemail } from '../src/db/voicemails.js';
import { classifySmtpError } from '../src/notifications/email.js';
import { emailMessage } from '../src/notifications/email-message.js';
import type { EventFacts } from '../src/notifications/facts.js';
import { formatInstant, formatSeconds, wordingOf } from '../src/notifications/wording.js';

const voicemail = (patch: Partial<Voicemail> = {}): Voicemail => ({
  id: 'vm_1',
  callId: null,
  numberId: 'num_1',
  caller: '+14155550123',
  business: '+14155550100',
  provider: 'twilio',
  providerRecordingId: 'RE1',
  providerRecordingUrl: 'https://api.twilio.com/x',
  reportedDurationSeconds: 65,
  at: '2026-11-23T15:00:00.000Z',
  audioStatus: 'stored',
  audioError: null,
  audioFile: 'recordings/vm_1.wav',
  audioContentType: 'audio/wav',
  audioBytes: 100,
  audioSha256: null,
  durationSeconds: 65,
  audioDeletedAt: null,
  audioDeletedReason: null,
  providerDeletedAt: null,
  transcript: null,
  transcriptStatus: 'none',
  transcriptError: null,
  transcriptLanguage: null,
  transcriptConfidence: null,
  transcriptEngine: null,
  transcriptEditedAt: null,
  transcriptEditedBy: null,
  status: 'new',
  handledAt: null,
  handledBy: null,
  assigneeId: null,
  deletedAt: null,
  deletedBy: null,
  ...patch,
});

const facts = (patch: Partial<Voicemail> = {}): EventFacts => ({
  type: 'voicemail.new',
  eventId: 'evt_voicemail_vm_1',
  createdAt: '2026-11-23T15:00:00.000Z',
  number: { id: 'num_1', e164: '+14155550100', name: 'Main <line>' },
  timeZone: 'UTC',
  link: 'https://ringflow.example.com/voicemail/vm_1',
  voicemail: voicemail(patch),
  call: null,
});

describe('notification wording', () => {
  it('states the time zone, UTC when the number has no schedule', () => {
    expect(formatInstant('2026-11-23T15:00:00Z', 'UTC')).toBe('Mon, Nov 23, 2026, 3:00 PM (UTC)');
    expect(formatInstant('2026-03-29T01:30:00Z', 'Europe/Paris')).toBe(
      'Sun, Mar 29, 2026, 3:30 AM (Europe/Paris)',
    );
    expect(formatSeconds(65)).toBe('1 min 5 s');
    expect(formatSeconds(null)).toBe('unknown');
  });

  it('never claims a transcript that is not there', () => {
    const line = (patch: Partial<Voicemail>) =>
      Object.fromEntries(wordingOf(facts(patch)).lines).Transcript;
    expect(line({})).toBe('Not transcribed');
    expect(line({ transcriptStatus: 'pending' })).toBe('Not transcribed yet');
    expect(line({ transcriptStatus: 'failed', transcriptError: 'no speech' })).toBe(
      'Not transcribed (transcription failed: no speech)',
    );
    const done = wordingOf(facts({ transcriptStatus: 'done', transcript: 'Call me back' }));
    expect(done.quote).toEqual({ label: 'Transcript', text: 'Call me back' });
  });

  it('escapes HTML and derives the Message-ID from event and user', () => {
    const mail = emailMessage(
      facts(),
      { from: 'Ringflow <rf@mail.example.com>', to: 'ann@example.com', userId: 'user_1' },
      { note: 'The audio has been deleted.' },
    );
    expect(mail.html).toContain('Main &lt;line&gt; (+14155550100)');
    expect(mail.html).not.toContain('<line>');
    expect(mail.text).toContain('The audio has been deleted.');
    expect(mail.messageId).toBe('<evt_voicemail_vm_1.user_1@mail.example.com>');
  });

  it('retries SMTP 4xx and connection errors, fails 5xx', () => {
    expect(classifySmtpError({ responseCode: 451, response: '451 try later' })).toMatchObject({
      retry: true,
      statusCode: 451,
    });
    expect(classifySmtpError({ code: 'ECONNREFUSED', message: 'connect refused' })).toEqual({
      retry: true,
      statusCode: null,
      message: 'ECONNREFUSED: connect refused',
    });
    expect(classifySmtpError({ responseCode: 535, code: 'EAUTH', response: '535 bad' })).toEqual({
      retry: false,
      statusCode: 535,
      message: 'EAUTH: 535 bad',
    });
  });
});
