import { type FormEvent, useState } from 'react';
import { Field } from '../admin/Field.js';
import { FormFooter } from '../admin/FormFooter.js';
import { fieldErrorsOf, messageOf } from '../admin/field-errors.js';
import { api } from '../api/client.js';
import { LanguageSelect } from './LanguageSelect.js';
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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const over = text.length > TTS_MAX_CHARS;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (over) return;
    setBusy(true);
    setErrors({});
    setFailure(null);
    const body = { name: name.trim(), text, language, ...(voice ? { voice } : {}) };
    try {
      const saved = greeting
        ? await api<Greeting>('PATCH', `/greetings/${encodeURIComponent(greeting.id)}`, body)
        : await api<Greeting>('POST', '/greetings/tts', body);
      onSaved(saved);
    } catch (e) {
      const fields = fieldErrorsOf(e);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="tts-greeting" aria-label="Text to speech" onSubmit={(e) => void submit(e)}>
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
      <div className={`field${errors.text || over ? ' invalid' : ''}`}>
        <label htmlFor="tts-text">Text</label>
        <textarea
          id="tts-text"
          rows={5}
          required
          value={text}
          aria-describedby="tts-count"
          onChange={(e) => setText(e.target.value)}
        />
        <small id="tts-count" className={over ? 'field-error' : 'hint'}>
          {text.length.toLocaleString('en-US')} / {TTS_MAX_CHARS.toLocaleString('en-US')} characters
          {over ? ': too long, shorten it' : ''}
        </small>
        {errors.text && <small className="field-error">{errors.text}</small>}
      </div>
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
      <FormFooter
        failure={failure}
        busy={busy}
        saveLabel={greeting ? 'Save greeting' : 'Add greeting'}
        onCancel={onCancel}
      />
    </form>
  );
}
