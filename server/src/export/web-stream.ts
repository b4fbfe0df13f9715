/**
 * @module
 * An export's chunks as a web `ReadableStream`, the body Hono sends.
 */

/**
 * Pulls the next chunk only when the client is ready for it, so a slow
 * download never makes the server buffer the archive; a cancelled download
 * stops the export (and closes its database snapshot).
 *
 * @example
 * return c.body(toWebStream(exportArchive(options).chunks, log), 200, headers);
 */
export function toWebStream(
  chunks: AsyncGenerator<Uint8Array>,
  onError: (error: unknown) => void,
): ReadableStream<Uint8Array> {
  // A download dropped while a chunk was being made: that chunk has nowhere to go.
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (cancelled) return;
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        onError(error);
        controller.error(error);
      }
    },
    async cancel() {
      cancelled = true;
      await chunks.return(undefined);
    },
  });
}
