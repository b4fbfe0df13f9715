/**
 * @module
 * A deadline for SDK calls: a stalled service must fail the outbox job, not
 * hold the worker for ever.
 */

export class SpeechTimeoutError extends Error {
  override name = 'SpeechTimeoutError';
}

/**
 * Settles like `work`, or rejects with a SpeechTimeoutError after `ms`; `onTimeout`
 * releases what the work holds (closes the recognizer or synthesizer).
 *
 * @example
 * const result = await withTimeout(speak(), 30_000, 'Azure synthesis', () => synthesizer.close());
 */
export function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  what: string,
  onTimeout?: () => void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new SpeechTimeoutError(`${what} did not answer within ${Math.round(ms / 1000)} s`));
    }, ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
