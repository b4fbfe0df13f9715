import '../greetings/greetings.css';
import { say } from '@ringflow/shared';
import { useRef } from 'react';
import { selectGreetings } from '../designer/selectors.js';
import { useDesigner } from '../designer/use-designer.js';
import { GreetingPicker } from '../greetings/GreetingPicker.js';
import { LanguageSelect } from '../greetings/LanguageSelect.js';
import { SpeechPreview } from '../greetings/SpeechPreview.js';
import { speakerLine, useSpeechStatus } from '../greetings/use-speech.js';
import { VoicePicker } from '../greetings/VoicePicker.js';
import { Field, named } from '../ui/Field.js';
import type { FieldErrors } from '../ui/field-errors.js';
import { TextArea } from './fields.js';

interface PromptFieldsProps {
  /** The prompt's field in the node's data: `prompt` or `greeting`. */
  path: string;
  label: string;
  value: unknown;
  errors: FieldErrors;
  /** A voicemail greeting: a hint when the chosen greeting is longer than 30 s. */
  warnLong?: boolean;
  onChange(value: Record<string, unknown>): void;
}

type Fields = Record<string, unknown>;

/**
 * What the caller hears: spoken text (the words, the language, a voice from
 * the engine's list, and who speaks it) or a greeting from the library.
 * Switching back and forth keeps the text typed before.
 */
export function PromptFields({
  path,
  label,
  value,
  errors,
  warnLong,
  onChange,
}: PromptFieldsProps) {
  const prompt = (typeof value === 'object' && value !== null ? value : say('')) as Fields;
  const greetings = useDesigner(selectGreetings);
  const problem = useDesigner((s) => s.greetingsProblem);
  const speech = useSpeechStatus();
  // The other kind of prompt as it was, so that a switch and back loses nothing.
  const other = useRef<Fields | null>(null);
  const switchTo = (type: 'say' | 'audio') => {
    if (prompt.type === type) return;
    const back = other.current;
    other.current = prompt;
    onChange(back?.type === type ? back : type === 'say' ? say('') : { type, greetingId: '' });
  };
  const set = (patch: Fields) => onChange({ ...prompt, ...patch });
  const language = typeof prompt.language === 'string' ? prompt.language : 'en-US';
  const voice = typeof prompt.voice === 'string' ? prompt.voice : undefined;

  return (
    <fieldset className="prompt-fields">
      <legend>{label}</legend>
      <div className="prompt-source" role="radiogroup" aria-label={`${label}: what plays`}>
        <label>
          <input type="radio" checked={prompt.type !== 'audio'} onChange={() => switchTo('say')} />
          Spoken text
        </label>
        <label>
          <input
            type="radio"
            checked={prompt.type === 'audio'}
            onChange={() => switchTo('audio')}
          />
          Greeting from the library
        </label>
      </div>
      {prompt.type === 'audio' ? (
        <GreetingPicker
          greetings={greetings}
          problem={problem}
          value={typeof prompt.greetingId === 'string' ? prompt.greetingId : ''}
          error={errors[`${path}.greetingId`]}
          warnLong={warnLong}
          onChange={(greetingId) => set({ greetingId })}
        />
      ) : (
        <>
          <TextArea
            label="Text"
            value={prompt.text}
            error={errors[`${path}.text`] ?? errors[path]}
            onChange={(text) => set({ text })}
          />
          <SpeechPreview
            text={typeof prompt.text === 'string' ? prompt.text : ''}
            voice={voice}
            language={language}
          />
          <div className="field-row">
            <Field label="Language" error={named('Language', errors[`${path}.language`])}>
              <LanguageSelect
                value={language}
                // A new language drops the voice: it belongs to the old one.
                onChange={(e) => set({ language: e.target.value, voice: undefined })}
              />
            </Field>
            <VoicePicker
              language={language}
              value={voice}
              error={named('Voice', errors[`${path}.voice`])}
              onChange={(next) => set({ voice: next })}
            />
          </div>
          <p className="prompt-note">{speakerLine(speech.data)}</p>
        </>
      )}
    </fieldset>
  );
}
