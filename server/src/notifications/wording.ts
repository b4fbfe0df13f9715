/**
 * @module
 * The words of a notification, shared by e-mail and Slack: a title and the
 * facts as label/value lines. Nothing is claimed that the rows do not say:
 * a voicemail without a transcript says "Not transcribed".
 */
import { contactOf, type EventFacts, instantOf } from './facts.js';

export interface Wording {
  /** One line: the e-mail's subject, Slack's fallback text. */
  title: string;
  /** Label and value, in order. */
  lines: Array<[string, string]>;
  /** A text's body or a voicemail's transcript, quoted apart; null when none. */
  quote: { label: string; text: string } | null;
  /** What the link opens, e.g. "Listen in Ringflow". */
  linkLabel: string;
}

/**
 * An instant in a time zone, the zone stated.
 *
 * @example
 * formatInstant('2026-11-23T15:00:00Z', 'America/New_York'); // 'Mon, Nov 23, 2026, 10:00 AM (America/New_York)'
 */
export function formatInstant(at: string, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(at));
  return `${text} (${timeZone})`;
}

/**
 * @example
 * formatSeconds(65); // '1 min 5 s'
 * formatSeconds(null); // 'unknown'
 */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'unknown';
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return minutes > 0 ? `${minutes} min ${whole % 60} s` : `${whole} s`;
}

/** "Main line (+14155550100)". */
export function numberLabel(facts: EventFacts): string {
  const { name, e164 } = facts.number;
  return name ? `${name} (${e164})` : e164;
}

/** The transcript as it stands, never claiming one that is not there. */
export function transcriptLine(facts: Extract<EventFacts, { type: 'voicemail.new' }>): string {
  const { transcriptStatus, transcript, transcriptError } = facts.voicemail;
  if (transcriptStatus === 'done' && transcript) return transcript;
  if (transcriptStatus === 'pending') return 'Not transcribed yet';
  if (transcriptStatus === 'failed') {
    return `Not transcribed (transcription failed${transcriptError ? `: ${transcriptError}` : ''})`;
  }
  return 'Not transcribed';
}

/**
 * @example
 * wordingOf(facts).title; // 'New voicemail from +14155550123 on Main line'
 */
export function wordingOf(facts: EventFacts): Wording {
  const contact = contactOf(facts);
  const when = formatInstant(instantOf(facts), facts.timeZone);
  const numberName = facts.number.name || facts.number.e164;
  switch (facts.type) {
    case 'voicemail.new': {
      const transcript = transcriptLine(facts);
      const done = facts.voicemail.transcriptStatus === 'done' && !!facts.voicemail.transcript;
      return {
        title: `New voicemail from ${contact} on ${numberName}`,
        lines: [
          ['Caller', contact],
          ['Number', numberLabel(facts)],
          ['Time', when],
          ['Duration', formatSeconds(facts.voicemail.durationSeconds)],
          ...(done ? [] : ([['Transcript', transcript]] as Array<[string, string]>)),
        ],
        quote: done ? { label: 'Transcript', text: transcript } : null,
        linkLabel: 'Listen in Ringflow',
      };
    }
    case 'call.missed':
      return {
        title: `Missed call from ${contact} on ${numberName}`,
        lines: [
          ['Caller', contact],
          ['Number', numberLabel(facts)],
          ['Time', when],
        ],
        quote: null,
        linkLabel: 'Open the call in Ringflow',
      };
    case 'message.received':
      return {
        title: `New text from ${contact} on ${numberName}`,
        lines: [
          ['From', contact],
          ['Number', numberLabel(facts)],
          ['Time', when],
        ],
        quote: { label: 'Message', text: facts.message.body },
        linkLabel: 'Open messages in Ringflow',
      };
  }
}
