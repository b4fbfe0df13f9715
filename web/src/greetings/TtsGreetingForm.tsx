import { useState } from 'react';
import { api } from '../api/client.js';
import { Field } from '../ui/Field.js';
import { FormFooter } from '../ui/FormFooter.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { LanguageSelect } from './LanguageSelect.js';
import { SpeechStatusError } from './SpeechStatusError.js';
import type { Greeting } from './types.js';
import { NO_AZURE_BANNER, speakerLine, useSpeechStatus } from './use-speech.js';
import { VoicePicker } from './VoicePicker.js';

/** The longest text a greeting may have (Twilio's Polly voices take at most 3,000 characters). */
export const TTS_MAX_CHARS = 3000;

/**
 * A text-to-speech greeting: new (POST /greetings/tts) or edited (PATCH),
 * with the character count, the language, the voice, and who speaks it.
 */
export function TtsGreetingForm({
  greeting,
  onSaved,
  onCancel,
}: {
  /** The greeting being edited; a new one when absent. */
  greeting?: Greeting;
  onSaved(greeting: Greeting): void;
  onCancel(): void;
}) {
  const speech = useSpeechStatus();
  const [name, setName] = useState(greeting?.name ?? '');
  const [text, setText] = useState(greeting?.text ?? '');
  const [language, setLanguage] = useState(greeting?.language ?? 'en-US');
  const [voice, setVoice] = useState<string | undefined>(greeting?.voice ?? undefined);
  const over = text.length > TTS_MAX_CHARS;
  const count = `${text.length.toLocaleString('en-US')} / ${TTS_MAX_CHARS.toLocaleString('en-US')} characters`;
  const form = useFormSubmit({
    check: (): Record<string, string> => (over ? { text: `${count}: too long, shorten it` } : {}),
    send: () => {
      const body = { name: name.trim(), text, language, ...(voice ? { voice } : {}) };
      return greeting
        ? api<Greeting>('PATCH', `/greetings/${encodeURIComponent(greeting.id)}`, body)
        : api<Greeting>('POST', '/greetings/tts', body);
    },
    onSent: onSaved,
  });
  const { errors } = form;

  return (
    <form
      className="tts-greeting"
      aria-label="Text to speech"
      onSubmit={(e) => void form.submit(e)}
    >
      {speech.data && speech.data.engine !== 'azure' && (
        <p className="speech-banner" role="note">
          {NO_AZURE_BANNER}
        </p>
      )}
      <Field label="Name" error={errors.name}>
        <input
          required
          maxLength={100}
          value={name}
          placeholder="Holiday greeting"
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <Field
        label="Text"
        error={over ? `${count}: too long, shorten it` : errors.text}
        hint={count}
      >
        <textarea rows={5} required value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <div className="field-row">
        <Field label="Language" error={errors.language}>
          <LanguageSelect
            value={language}
            onChange={(e) => {
              setLanguage(e.target.value);
              setVoice(undefined);
            }}
          />
        </Field>
        <VoicePicker language={language} value={voice} error={errors.voice} onChange={setVoice} />
      </div>
      <p className="muted small-text">{speakerLine(speech.data)}</p>
      <SpeechStatusError speech={speech} />
      <FormFooter
        failure={form.failure}
        busy={form.busy}
        saveLabel={greeting ? 'Save greeting' : 'Add greeting'}
        onCancel={onCancel}
      />
    </form>
  );
}
