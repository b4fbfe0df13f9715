/**
 * @module
 * Autoresponder immunity: texts from robots are not answered, so two
 * automatic repliers never talk to each other all weekend. Each check names
 * what gave the sender away, for the decision log.
 */

const SHORT_CODE = /^\d{3,8}$/;
const HAS_LETTER = /\p{L}/u;

/**
 * Why `from` is a machine rather than a person's phone, or null for an
 * ordinary number: short codes (3-8 digits, no `+`) belong to services, and
 * alphanumeric sender ids ("AMAZON") cannot even receive a reply.
 *
 * @example
 * automatedSender('72404'); // 'the sender 72404 is a short code, used by automated services'
 * automatedSender('+14155550123'); // null
 */
export function automatedSender(from: string): string | null {
  const sender = from.trim();
  if (SHORT_CODE.test(sender)) {
    return `the sender ${sender} is a short code, used by automated services`;
  }
  if (HAS_LETTER.test(sender)) {
    return `the sender "${sender}" is an alphanumeric sender ID, used by automated services, and cannot receive a reply`;
  }
  return null;
}

// A letter or digit on either side would make a marker part of a longer word; \b only knows ASCII.
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const word = (source: string, flags = 'iu') => new RegExp(`${START}(?:${source})${END}`, flags);

const AUTO_WORD =
  'auto[- ]?(?:reply|replies|response|responder)|automatic (?:reply|response|message)|automated (?:reply|response|message|text)|out of (?:the )?office';

/**
 * Phrases people rarely type but robots always do. A marker like "auto-reply"
 * only counts where a robot puts it (at the start, in brackets, in "this is
 * an ..."), so "is your auto-reply on?" from a person still gets an answer.
 */
const MARKERS: readonly RegExp[] = [
  // "Auto-reply: ...", "[Automatic reply] ...", "(out of office)"
  new RegExp(String.raw`^[\s\p{P}]*(?:${AUTO_WORD})${END}`, 'iu'),
  new RegExp(String.raw`[[(]\s*(?:${AUTO_WORD})\s*[\])]`, 'iu'),
  word(
    'this (?:is|was) an? (?:auto(?:matic|mated)?[- ]?(?:generated )?(?:reply|response|message|text|notification))',
  ),
  word('automatically (?:generated|sent)|auto-generated|sent automatically'),
  word("(?:i am|i'm|i’m) (?:currently out of (?:the )?office|out of (?:the )?office until)"),
  word('please do not reply|do not reply to this (?:message|text|sms|e-?mail|number)'),
  word('no-?reply|donotreply|do-not-reply'),
  word(
    'this (?:number|inbox|mailbox) (?:is not monitored|does not (?:accept|receive) (?:replies|messages))',
  ),
  // Marketing footers: "Reply STOP to unsubscribe", "Txt STOP to end", "Msg&data rates may apply".
  word(
    '(?:reply|txt|text|send) "?stop"? (?:to|2) (?:unsubscribe|opt[- ]?out|end|cancel|stop|quit)',
  ),
  // Upper-case STOP is how footers write it; a person's "text stop" is left alone.
  word('(?:[Rr]eply|REPLY|[Tt]xt|TXT|[Tt]ext|TEXT) STOP', 'u'),
  word('msg ?(?:&|and) ?data rates'),
  // French, Spanish, German, accents optional.
  word('r[ée]ponse automatique|ceci est un message automatique|merci de ne pas r[ée]pondre'),
  word(
    'respuesta autom[áa]tica|este es un mensaje autom[áa]tico|por favor,? no (?:responda|conteste)',
  ),
  word(
    'automatische (?:antwort|nachricht)|abwesenheitsnotiz|bitte nicht (?:darauf )?antworten|automatisch (?:generiert|erstellt)',
  ),
];

/**
 * Why a text looks automated, quoting what gave it away, or null when it
 * reads like a person's message.
 *
 * @example
 * automatedText('Auto-Reply: I am away until Monday'); // 'it says "Auto-Reply"'
 * automatedText('Can you reply to my email?'); // null
 */
export function automatedText(body: string): string | null {
  // Line breaks and double spaces should not hide a footer.
  const text = body.replace(/\s+/g, ' ');
  for (const marker of MARKERS) {
    const match = marker.exec(text);
    if (match) return `it says "${trimMarker(match[0])}"`;
  }
  return null;
}

/** The marker as quoted in the log, without the brackets or punctuation that located it. */
function trimMarker(text: string): string {
  return text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}
