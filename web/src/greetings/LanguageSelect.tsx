import type { SelectHTMLAttributes } from 'react';
import { messageOf } from '../ui/field-errors.js';
import { useSpeechLanguages } from './use-speech.js';
import { languageOptions } from './voices.js';

/**
 * A speech language, chosen from the languages of the engine that speaks
 * (Azure's voices' languages when it is set up, else Twilio's <Say>). A
 * stored language the engine does not offer stays shown, marked.
 *
 * @example
 * <Field label="Language"><LanguageSelect value={language} onChange={(e) => setLanguage(e.target.value)} /></Field>
 */
export function LanguageSelect({
  value,
  ...props
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'children'> & { value: string }) {
  const offered = useSpeechLanguages();
  return (
    <select value={value} {...props}>
      {languageOptions(offered.data, value).map((l) => (
        <option key={l.value} value={l.value}>
          {l.label}
        </option>
      ))}
      {/* Only the stored language is offered then: say why, where the choices are looked for. */}
      {Boolean(offered.error) && (
        <option value=":unavailable" disabled>
          Other languages could not be loaded ({messageOf(offered.error)})
        </option>
      )}
    </select>
  );
}
