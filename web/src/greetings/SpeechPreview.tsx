/**
 * @module
 * "Preview" beside a say prompt's text: asks the server for the prompt's
 * audio (Azure's voice, synthesised now or from the speech cache, the same
 * file calls play) and plays it in the shared waveform player. Without Azure
 * there is nothing to hear before a call: Twilio's <Say> speaks the text
 * live, so the button is disabled and says so.
 */
import { Play } from 'lucide-react';
import { useId, useState } from 'react';
import { api } from '../api/client.js';
import { messageOf } from '../ui/field-errors.js';
import { WaveformPlayer } from '../ui/WaveformPlayer.js';
import { SpeechStatusError } from './SpeechStatusError.js';
import { previewBlocker, type SpeechPreviewReply } from './speech-preview.js';
import { useSpeechStatus } from './use-speech.js';

type Shown =
  | { phase: 'loading' }
  | { phase: 'ready'; reply: SpeechPreviewReply }
  | { phase: 'error'; message: string };

/**
 * @example
 * <SpeechPreview text={prompt.text} voice={prompt.voice} language={prompt.language} />
 */
export function SpeechPreview({
  text,
  voice,
  language,
}: {
  text: string;
  voice: string | undefined;
  language: string;
}) {
  const speech = useSpeechStatus();
  const noteId = useId();
  // What was asked, with the prompt it was asked for: an edit of the prompt hides an older preview.
  const [asked, setAsked] = useState<{ prompt: string; shown: Shown } | null>(null);
  const prompt = JSON.stringify([text, voice ?? '', language]);
  const shown = asked?.prompt === prompt ? asked.shown : null;
  // Whether a preview can be made depends on the engine: without the answer, say why there is no button.
  if (speech.error) return <SpeechStatusError speech={speech} />;
  if (!speech.data) return null;
  const blocker = previewBlocker(speech.data, text);

  const preview = async () => {
    setAsked({ prompt, shown: { phase: 'loading' } });
    let next: Shown;
    try {
      const body = { text, language, ...(voice ? { voice } : {}) };
      next = { phase: 'ready', reply: await api('POST', '/speech/preview', body) };
    } catch (e) {
      next = { phase: 'error', message: messageOf(e) };
    }
    // Only if the prompt is still the one asked about.
    setAsked((current) => (current?.prompt === prompt ? { prompt, shown: next } : current));
  };

  return (
    <div className="speech-preview">
      {shown?.phase === 'ready' ? (
        <WaveformPlayer url={shown.reply.url} label="Preview of the spoken text" height={40} />
      ) : (
        <button
          type="button"
          className="ghost"
          disabled={Boolean(blocker) || shown?.phase === 'loading'}
          title={blocker ?? 'Hear the text in the voice calls will use (Azure Speech)'}
          aria-describedby={blocker ? noteId : undefined}
          onClick={() => void preview()}
        >
          <Play size={14} aria-hidden="true" />{' '}
          {shown?.phase === 'loading' ? 'Synthesising…' : 'Preview'}
        </button>
      )}
      {blocker && (
        <span id={noteId} className="prompt-note">
          {blocker}
        </span>
      )}
      {shown?.phase === 'error' && (
        <p className="error" role="alert">
          Preview failed: {shown.message}
        </p>
      )}
    </div>
  );
}
