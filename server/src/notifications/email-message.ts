/**
 * @module
 * The e-mail of a notification: subject, plain text and HTML bodies, the
 * voicemail's audio, and a Message-ID derived from event and user so a
 * retried send is recognisable as the same message.
 */
import type { AudioPart } from './email-audio.js';
import type { EventFacts } from './facts.js';
import { wordingOf } from './wording.js';

export interface EmailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  attachments: Array<{ filename: string; content: Buffer; contentType: string }>;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

/** The domain of the From address, for Message-IDs. */
function domainOf(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'ringflow.invalid';
}

/**
 * @example
 * const mail = emailMessage(facts, { from: 'Ringflow <rf@example.com>', to: 'ann@example.com', userId }, audio);
 * mail.messageId; // '<evt_voicemail_vm_1.user_1@example.com>'
 */
export function emailMessage(
  facts: EventFacts,
  recipient: { from: string; to: string; userId: string },
  audio: AudioPart | null,
): EmailMessage {
  const wording = wordingOf(facts);
  const notes = audio?.note ? [audio.note] : [];
  const text = [
    wording.title,
    '',
    ...wording.lines.map(([label, value]) => `${label}: ${value}`),
    ...(wording.quote ? ['', `${wording.quote.label}:`, wording.quote.text] : []),
    ...(notes.length > 0 ? ['', ...notes] : []),
    ...(audio?.attachment ? ['', 'The recording is attached.'] : []),
    '',
    `${wording.linkLabel}: ${facts.link}`,
    '',
    '--',
    'You get this e-mail because of your notification choices in Ringflow.',
  ].join('\n');
  const html = [
    `<p><strong>${escapeHtml(wording.title)}</strong></p>`,
    '<table cellpadding="4" cellspacing="0">',
    ...wording.lines.map(
      ([label, value]) =>
        `<tr><td style="color:#555">${escapeHtml(label)}</td><td>${escapeHtml(value)}</td></tr>`,
    ),
    '</table>',
    ...(wording.quote
      ? [
          `<p style="color:#555">${escapeHtml(wording.quote.label)}:</p>`,
          `<blockquote style="margin:0 0 0 8px;padding-left:8px;border-left:3px solid #ccc">${escapeHtml(wording.quote.text).replace(/\n/g, '<br>')}</blockquote>`,
        ]
      : []),
    ...notes.map((note) => `<p>${escapeHtml(note)}</p>`),
    ...(audio?.attachment ? ['<p>The recording is attached.</p>'] : []),
    `<p><a href="${escapeHtml(facts.link)}">${escapeHtml(wording.linkLabel)}</a></p>`,
    '<p style="color:#888;font-size:12px">You get this e-mail because of your notification choices in Ringflow.</p>',
  ].join('\n');
  return {
    from: recipient.from,
    to: recipient.to,
    subject: wording.title,
    text,
    html,
    messageId: `<${facts.eventId}.${recipient.userId}@${domainOf(recipient.from)}>`,
    attachments: audio?.attachment ? [audio.attachment] : [],
  };
}
