/**
 * @module
 * Sentences a node speaks besides its own prompt: a phone menu's retry text
 * and the voicemail's default words. Each is a say prompt, written here once,
 * so the publish step queues for synthesis exactly the prompt (text, voice,
 * language) that the TwiML renderer later looks up in the cache.
 */
import type { FlowDocument, Prompt, SayPrompt } from '@ringflow/shared';

/** Said before the beep when a voicemail's greeting is missing or silent. */
export const DEFAULT_VOICEMAIL_GREETING = 'Please leave a message after the tone.';

const DEFAULT_LANGUAGE = 'en-US';

/**
 * A phone menu's retry text as spoken: in its menu prompt's voice and
 * language; after a greeting from the library, in en-US with the default voice.
 *
 * @example
 * retryPrompt("Désolé.", { type: 'say', text: 'Tapez 1.', language: 'fr-FR', voice: 'fr-FR-DeniseNeural' });
 * // { type: 'say', text: 'Désolé.', language: 'fr-FR', voice: 'fr-FR-DeniseNeural' }
 */
export function retryPrompt(retryText: string, menuPrompt: Prompt): SayPrompt {
  return spokenLike(retryText, menuPrompt);
}

/**
 * The default voicemail words said in place of `greeting` (missing, or
 * blank): in a spoken greeting's voice and language; in place of a greeting
 * from the library, in en-US with the default voice.
 *
 * @example
 * voicemailFallbackPrompt({ type: 'audio', greetingId: 'greet_1' });
 * // { type: 'say', text: 'Please leave a message after the tone.', language: 'en-US' }
 */
export function voicemailFallbackPrompt(greeting: Prompt): SayPrompt {
  return spokenLike(DEFAULT_VOICEMAIL_GREETING, greeting);
}

function spokenLike(text: string, prompt: Prompt): SayPrompt {
  if (prompt.type !== 'say') return { type: 'say', text, language: DEFAULT_LANGUAGE };
  return {
    type: 'say',
    text,
    language: prompt.language ?? DEFAULT_LANGUAGE,
    ...(prompt.voice ? { voice: prompt.voice } : {}),
  };
}

/**
 * The sentences a flow's nodes may speak besides their say prompts: each
 * menu's retry text (when it has more than one attempt), and a voicemail's
 * default words when its greeting is blank or from the library (which may be
 * gone by the time a call comes).
 *
 * @example
 * nodeSentencesOf(flow.draft); // [{ type: 'say', text: "Sorry, I didn't get that.", language: 'en-US' }]
 */
export function nodeSentencesOf(document: FlowDocument): SayPrompt[] {
  const found: SayPrompt[] = [];
  // Revisions are stored as published, not re-parsed: a field may be missing.
  for (const node of document.nodes) {
    if (node.type === 'phone-menu') {
      const { retryText, attempts, prompt } = node.data;
      if (prompt && retryText?.trim() && (attempts ?? 1) > 1) {
        found.push(retryPrompt(retryText, prompt));
      }
    } else if (node.type === 'voicemail') {
      const { greeting } = node.data;
      if (greeting && (greeting.type === 'audio' || !greeting.text?.trim())) {
        found.push(voicemailFallbackPrompt(greeting));
      }
    }
  }
  return found;
}
