import type { SpeechStatus } from '../../greetings/types.js';

/** The longest message Twilio transcribes (the server marks longer ones "not transcribed"). */
export const TWILIO_TRANSCRIPTION_MAX_SECONDS = 120;

/**
 * Who transcribes the voicemail node's messages, as the checkbox's hint,
 * and whether anything can (with neither Azure nor Twilio's transcription,
 * the box is off and says why). `limit` warns when Twilio transcribes and
 * the step lets a caller speak longer than the 2 minutes Twilio handles.
 *
 * @example
 * transcriptionNote({ engine: 'azure', problem: null, twilioTranscription: true }).hint
 * // "Transcribed by Azure Speech in the number's languages (number settings → Speech)."
 * transcriptionNote({ engine: null, problem: 'x', twilioTranscription: true },
 *   { transcribe: true, maxLengthSeconds: 300 }).limit
 * // "Twilio transcribes messages up to 2 minutes: …"
 */
export function transcriptionNote(
  status: SpeechStatus | undefined,
  step: { transcribe?: unknown; maxLengthSeconds?: unknown } = {},
): {
  disabled: boolean;
  hint: string;
  limit: string | null;
} {
  if (!status) return { disabled: false, hint: 'Checking who transcribes…', limit: null };
  if (status.engine === 'azure') {
    return {
      disabled: false,
      hint: "Transcribed by Azure Speech in the number's languages (number settings → Speech).",
      limit: null,
    };
  }
  if (status.twilioTranscription) {
    const longest = typeof step.maxLengthSeconds === 'number' ? step.maxLengthSeconds : 0;
    return {
      disabled: false,
      hint: 'Transcribed by Twilio (Azure Speech is not set up: see docs/speech.md).',
      limit:
        step.transcribe === true && longest > TWILIO_TRANSCRIPTION_MAX_SECONDS
          ? `Twilio transcribes messages up to 2 minutes: a longer message (this step allows ${longest} seconds) is kept as "not transcribed". Set up Azure Speech to transcribe them all.`
          : null,
    };
  }
  return {
    disabled: true,
    hint: 'Nothing can transcribe: Azure Speech is not set up and Twilio transcription is off (see docs/speech.md). Messages are kept without a transcript.',
    limit: null,
  };
}
