import { messageOf } from './field-errors.js';
import type { Resource } from './use-resource.js';

/**
 * One line where something a page only leans on could not be loaded (a
 * filter's choices, the names in a column), with a retry: the page itself
 * still works, and nothing looks empty without saying why.
 *
 * @example
 * <LoadFailure what="the numbers" resource={numbers} />
 */
export function LoadFailure({
  what,
  resource,
}: {
  what: string;
  resource: Pick<Resource<unknown>, 'error' | 'reload'>;
}) {
  if (!resource.error) return null;
  return (
    <p className="error small-text load-failure" role="alert">
      Could not load {what}: {messageOf(resource.error)}{' '}
      <button type="button" className="ghost small" onClick={resource.reload}>
        Try again
      </button>
    </p>
  );
}
