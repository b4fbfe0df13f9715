import { messageOf } from '../ui/field-errors.js';
import type { Resource } from '../ui/use-resource.js';

/**
 * Where the speech engine is named (its banner, the preview button): the
 * server could not say which engine speaks, with a retry.
 *
 * @example
 * <SpeechStatusError speech={useSpeechStatus()} />
 */
export function SpeechStatusError({
  speech,
}: {
  speech: Pick<Resource<unknown>, 'error' | 'reload'>;
}) {
  if (!speech.error) return null;
  return (
    <p className="error small-text" role="alert">
      Could not ask the server which voice speaks text: {messageOf(speech.error)}{' '}
      <button type="button" className="ghost small" onClick={speech.reload}>
        Try again
      </button>
    </p>
  );
}
