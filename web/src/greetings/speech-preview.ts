/**
 * @module
 * The preview endpoint's answer (POST /speech/preview, docs/api.md) and why
 * a prompt cannot be previewed, kept apart from the component so it is tested
 * without a browser.
 */
import type { ApiSchema } from '../api/types.js';
import type { SpeechStatus } from './types.js';

/** POST /speech/preview: the prompt's audio, as calls will play it (a signed `/media/speech/<key>?sig=…` path). */
export type SpeechPreviewReply = ApiSchema<'SpeechPreview'>;

/**
 * Why the Preview button is disabled, or null when it can be pressed.
 *
 * @example
 * previewBlocker({ engine: null, problem: '…', twilioTranscription: true }, 'Hello');
 * // "No preview: Twilio's <Say> voice speaks this text live on calls; set up Azure Speech to hear it here"
 */
export function previewBlocker(status: SpeechStatus, text: string): string | null {
  if (status.engine !== 'azure') {
    return "No preview: Twilio's <Say> voice speaks this text live on calls; set up Azure Speech (docs/speech.md) to hear it here";
  }
  if (!text.trim()) return 'Type the words to speak first';
  return null;
}
