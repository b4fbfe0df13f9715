/**
 * @module
 * The messages of a TwiML document as `ringflow call` prints them, and how
 * long they take, for the call's `CallDuration`.
 */
import type { Prompt, TwimlVerb } from '../../providers/twilio/twiml-reader.js';

/** Whether a verb is a message: `<Say>`, `<Play>` or `<Pause>`. */
export function isPrompt(verb: TwimlVerb | undefined): verb is Prompt {
  return verb?.verb === 'Say' || verb?.verb === 'Play' || verb?.verb === 'Pause';
}

/** Whether the prompt at `i` is part of the run of prompts right before a `<Record>`. */
export function foldsIntoRecord(verbs: TwimlVerb[], i: number): boolean {
  let j = i;
  while (isPrompt(verbs[j])) j += 1;
  return verbs[j]?.verb === 'Record';
}

/** The messages right before the verb at `i`: a `<Record>`'s greeting. */
export function greetingBefore(verbs: TwimlVerb[], i: number): Prompt[] {
  let j = i;
  while (isPrompt(verbs[j - 1])) j -= 1;
  return verbs.slice(j, i) as Prompt[];
}

/**
 * A message on its own line.
 *
 * @example
 * ```ts
 * describePrompt({ verb: 'Say', text: 'We are closed.' }); // => 'Says: "We are closed."'
 * ```
 */
export function describePrompt(prompt: Prompt): string {
  switch (prompt.verb) {
    case 'Say':
      return `Says: "${prompt.text}"`;
    case 'Play':
      return `Plays ${playedAudio(prompt.url)}`;
    case 'Pause':
      return `Pauses ${prompt.seconds} s`;
  }
}

/**
 * What a `<Play>` plays: a greeting of the library by id and version (its
 * signed URL is long and says nothing to a person), else the URL.
 *
 * @example
 * playedAudio('https://rf.example.com/media/greetings/greet_x/2?sig=5f0c…'); // 'greeting greet_x (version 2)'
 */
export function playedAudio(url: string): string {
  const greeting = /\/media\/greetings\/([^/?#]+)\/(\d+)(?:[?#]|$)/.exec(url);
  return greeting ? `greeting ${greeting[1]} (version ${greeting[2]})` : `audio ${url}`;
}

/** A message inside another verb's line: the words in quotes, or what plays. */
export function describePromptShort(prompt: Prompt): string {
  switch (prompt.verb) {
    case 'Say':
      return `"${prompt.text}"`;
    case 'Play':
      return `[${playedAudio(prompt.url)}]`;
    case 'Pause':
      return `[${prompt.seconds} s pause]`;
  }
}

/** About how long a prompt takes: 2.5 words a second for speech, 5 s for audio. */
export function promptSeconds(prompt: Prompt): number {
  switch (prompt.verb) {
    case 'Say':
      return Math.max(1, Math.round(prompt.text.split(/\s+/).length / 2.5));
    case 'Play':
      return 5;
    case 'Pause':
      return prompt.seconds;
  }
}
