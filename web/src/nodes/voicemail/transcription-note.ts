import type { SpeechStatus } from '../../greetings/types.js';

/**
 * Who transcribes the voicemail node's messages, as the checkbox's hint,
 * and whether anything can (with neither Azure nor Twilio's transcription,
 * the box is off and says why).
 *
 * @example
 * transcriptionNote({ engine: 'azure', problem: null, twilioTranscription: true }).hint
 * // "Transcribed by Azure Speech in the number's languages (number settings → Speech)."
 */
export function transcriptionNote(status: SpeechStatus | undefined): {
  disabled: boolean;
  hint: string;
} {
  if (!status) return { disabled: false, hint: 'Checking who transcribes…' };
  if (status.engine === 'azure') {
    return {
      disabled: false,
      hint: "Transcribed by Azure Speech in the number's languages (number settings → Speech).",
    };
  }
  if (status.twilioTranscription) {
    return {
      disabled: false,
      hint: 'Transcribed by Twilio (Azure Speech is not set up: see docs/speech.md).',
    };
  }
  return {
    disabled: true,
    hint: 'Nothing can transcribe: Azure Speech is not set up and Twilio transcription is off (see docs/speech.md). Messages are kept without a transcript.',
  };
}
