import type { SaveState } from './types.js';

export interface DraftSaverOptions<D> {
  /** Sends the document; rejects with an Error whose message says why. */
  save(document: D): Promise<void>;
  /** The document as it is now, or a reason why it cannot be saved yet. */
  current(): { document: D } | { blocked: string };
  onState(state: SaveState): void;
  delayMs?: number;
}

/**
 * Saves a draft some time after the last change, with never two saves in
 * flight: a change made while saving is saved once the first save returns.
 *
 * @example
 * const saver = new DraftSaver({ save, current, onState: setSaveState });
 * store.subscribe(() => saver.changed());
 */
export class DraftSaver<D> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private dirty = false;
  private readonly delayMs: number;

  constructor(private readonly options: DraftSaverOptions<D>) {
    this.delayMs = options.delayMs ?? 800;
  }

  /** Whether something is not yet on the server. */
  get unsaved(): boolean {
    return this.dirty || this.inFlight;
  }

  changed(): void {
    this.dirty = true;
    this.options.onState({ status: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves now (the retry button), unless a save is already on its way. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight || !this.dirty) return;
    const current = this.options.current();
    if ('blocked' in current) {
      this.options.onState({ status: 'error', reason: current.blocked, retry: false });
      return;
    }
    this.dirty = false;
    this.inFlight = true;
    this.options.onState({ status: 'saving' });
    try {
      await this.options.save(current.document);
      this.inFlight = false;
      if (this.dirty) await this.flush();
      else this.options.onState({ status: 'saved' });
    } catch (error) {
      this.inFlight = false;
      this.dirty = true;
      const reason = error instanceof Error ? error.message : 'the server did not answer';
      this.options.onState({ status: 'error', reason, retry: true });
    }
  }

  /** Forgets unsaved changes: the server's draft was replaced (a rollback) and is now the truth. */
  discard(): void {
    clearTimeout(this.timer);
    this.dirty = false;
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
