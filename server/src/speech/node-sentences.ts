/**
 * @module
 * Sentences a node speaks besides its own prompts (a phone menu's retry
 * text, the voicemail's default words), as each kind's definition gives them
 * (`sentences`), so the publish step queues for synthesis exactly the prompt
 * (text, voice, language) that the TwiML renderer later looks up in the cache.
 */
import { definitionOf, type FlowDocument, type SayPrompt } from '@ringflow/shared';

export {
  DEFAULT_VOICEMAIL_GREETING,
  retryPrompt,
  voicemailFallbackPrompt,
} from '@ringflow/shared';

/**
 * The sentences a flow's nodes may speak besides their say prompts, as their
 * kinds' definitions say: each menu's retry text (when it has more than one
 * attempt), a voicemail's default words when its greeting is blank or from
 * the library (which may be gone by the time a call comes).
 *
 * @example
 * nodeSentencesOf(flow.draft); // [{ type: 'say', text: "Sorry, I didn't get that.", language: 'en-US' }]
 */
export function nodeSentencesOf(document: FlowDocument): SayPrompt[] {
  return document.nodes.flatMap((node) => definitionOf(node.type).sentences(node.data));
}
