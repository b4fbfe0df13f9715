/**
 * @module
 * A notification as a Slack incoming-webhook message: `text` (the fallback
 * shown in alerts) and blocks in mrkdwn with the same facts as the e-mail.
 */
import type { EventFacts } from './facts.js';
import { wordingOf } from './wording.js';

export interface SlackMessage {
  text: string;
  blocks: unknown[];
}

/** Slack's mrkdwn treats these three as control characters. */
export const slackEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What Slack can say of a voicemail's audio, which it does not carry. */
function audioNote(facts: EventFacts): string | null {
  if (facts.type !== 'voicemail.new') return null;
  const { audioStatus, audioError } = facts.voicemail;
  if (audioStatus === 'unavailable') {
    return `Audio unavailable${audioError ? `: ${audioError}` : ''}`;
  }
  if (audioStatus === 'deleted') return 'Audio deleted';
  return null;
}

/**
 * @example
 * await fetch(slackUrl, { method: 'POST', body: JSON.stringify(slackMessage(facts)) });
 */
export function slackMessage(facts: EventFacts): SlackMessage {
  const wording = wordingOf(facts);
  const note = audioNote(facts);
  const blocks: unknown[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `*${slackEscape(wording.title)}*` } },
    {
      type: 'section',
      fields: wording.lines.map(([label, value]) => ({
        type: 'mrkdwn',
        text: `*${slackEscape(label)}*\n${slackEscape(value)}`,
      })),
    },
  ];
  if (wording.quote) {
    // A section's text holds at most 3,000 characters; the rest is in Ringflow.
    const text = wording.quote.text;
    const short = text.length > 2800 ? `${text.slice(0, 2800)}…` : text;
    const quoted = slackEscape(short)
      .split('\n')
      .map((line) => `>${line}`)
      .join('\n');
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `*${slackEscape(wording.quote.label)}*\n${quoted}` },
    });
  }
  if (note)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: slackEscape(note) }] });
  blocks.push({
    type: 'section',
    text: { type: 'mrkdwn', text: `<${facts.link}|${slackEscape(wording.linkLabel)}>` },
  });
  return { text: `${wording.title}: ${facts.link}`, blocks };
}

/** The message of the settings page's "Send a test" button. */
export function slackTestMessage(number: { e164: string; name: string }): SlackMessage {
  const label = number.name ? `${number.name} (${number.e164})` : number.e164;
  const text = `Ringflow test: notifications for ${label} will be posted here.`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: slackEscape(text) } }] };
}
