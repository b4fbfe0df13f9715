import { X } from 'lucide-react';
import { useState } from 'react';
import { api } from '../api/client.js';
import { LanguageSelect } from '../greetings/LanguageSelect.js';
import { SpeechStatusError } from '../greetings/SpeechStatusError.js';
import type { NumberSpeech, Profanity } from '../greetings/types.js';
import { useSpeechLanguages, useSpeechStatus } from '../greetings/use-speech.js';
import { languageOptions } from '../greetings/voices.js';
import { useRowKeys } from '../nodes/use-row-keys.js';
import { ErrorBox, Loading } from '../ui/status.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { useResource } from '../ui/use-resource.js';
import {
  languagesProblem,
  MAX_SPEECH_LANGUAGES,
  PROFANITY_CHOICES,
  speechChanged,
  transcriberLine,
  withAnotherLanguage,
} from './speech-form.js';

/**
 * The "Speech" part of the number's voicemail section: the languages its
 * voicemails are transcribed in (1 to 4, detected among) and profanity,
 * with who transcribes them.
 */
export function NumberSpeechSection({ numberId }: { numberId: string }) {
  const path = `/numbers/${encodeURIComponent(numberId)}/speech`;
  const settings = useResource(`number-speech:${numberId}`, () => api<NumberSpeech>('GET', path));
  return (
    <div className="number-speech">
      <h3>Speech</h3>
      {settings.error ? <ErrorBox error={settings.error} retry={settings.reload} /> : null}
      {!settings.data && !settings.error && <Loading what="speech settings" />}
      {settings.data && <SpeechForm path={path} saved={settings.data} onSaved={settings.set} />}
    </div>
  );
}

function SpeechForm({
  path,
  saved,
  onSaved,
}: {
  path: string;
  saved: NumberSpeech;
  onSaved(value: NumberSpeech): void;
}) {
  const speech = useSpeechStatus();
  const offered = useSpeechLanguages();
  const [languages, setLanguages] = useState(saved.languages);
  const [profanity, setProfanity] = useState<Profanity>(saved.profanity);
  const [done, setDone] = useState(false);
  const rows = useRowKeys(languages.length);
  const problem = languagesProblem(languages);
  const dirty = speechChanged(saved, { languages, profanity });

  const form = useFormSubmit({
    check: (): Record<string, string> => (problem ? { languages: problem } : {}),
    send: () => api<NumberSpeech>('PUT', path, { languages, profanity }),
    onSent: (reply) => {
      onSaved(reply);
      setLanguages(reply.languages);
      setProfanity(reply.profanity);
      setDone(true);
    },
  });
  // The one message this form shows: the languages' problem is already shown above.
  const failure = form.failure ?? (problem ? null : (Object.values(form.errors)[0] ?? null));
  const setAt = (i: number, tag: string) => {
    setDone(false);
    setLanguages(languages.map((l, j) => (j === i ? tag : l)));
  };

  return (
    <form className="speech-form" aria-label="Speech" onSubmit={(e) => void form.submit(e)}>
      {speech.error ? (
        <SpeechStatusError speech={speech} />
      ) : (
        <p className="muted small-text">{transcriberLine(speech.data, languages.length)}</p>
      )}
      <fieldset className="speech-languages">
        <legend>Transcription languages</legend>
        <ul className="plain">
          {languages.map((tag, i) => (
            <li key={rows.keys[i]} className="speech-language">
              <LanguageSelect
                aria-label={`Language ${i + 1}`}
                value={tag}
                onChange={(e) => setAt(i, e.target.value)}
              />
              <button
                type="button"
                className="ghost icon"
                aria-label={`Remove language ${i + 1}`}
                disabled={languages.length <= 1}
                onClick={() => {
                  setDone(false);
                  rows.remove(i);
                  setLanguages(languages.filter((_, j) => j !== i));
                }}
              >
                <X size={14} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="small"
          disabled={languages.length >= MAX_SPEECH_LANGUAGES || !offered.data}
          onClick={() => {
            setDone(false);
            setLanguages(withAnotherLanguage(languages, languageOptions(offered.data)));
          }}
        >
          Add a language
        </button>
        <small className="muted small-text">
          {' '}
          1 to {MAX_SPEECH_LANGUAGES}; with more than one, the language is detected among them.
        </small>
        {Boolean(offered.error) && (
          <p className="error small-text">
            The language list could not be loaded.{' '}
            <button type="button" className="ghost small" onClick={offered.reload}>
              Try again
            </button>
          </p>
        )}
        {problem && <p className="error small-text">{problem}</p>}
      </fieldset>
      <fieldset className="speech-profanity">
        <legend>Profanity</legend>
        {PROFANITY_CHOICES.map((c) => (
          <label key={c.value} className="choice">
            <input
              type="radio"
              name="profanity"
              checked={profanity === c.value}
              onChange={() => {
                setDone(false);
                setProfanity(c.value);
              }}
            />
            {c.label} <span className="muted small-text">{c.hint}</span>
          </label>
        ))}
      </fieldset>
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="primary"
          disabled={form.busy || !dirty || Boolean(problem)}
        >
          {form.busy ? 'Saving…' : 'Save speech settings'}
        </button>
        {done && !dirty && (
          <span className="ok-text small-text" role="status">
            Speech settings saved
          </span>
        )}
      </div>
    </form>
  );
}
