import { type CallMachine, compileFlow } from '@ringflow/flow-runtime';
import type { FlowDocument } from '@ringflow/shared';

const MAX_MACHINES = 200;

/** A revision compiled, with the document it was compiled from. */
export interface CachedRevision {
  machine: CallMachine;
  document: FlowDocument;
}

/**
 * Compiled machines by revision id. A published revision never changes, so
 * its machine (and its parsed document, which auto-replies read at every
 * call's end) can be kept; the oldest is dropped past MAX_MACHINES.
 */
export class MachineCache {
  private readonly revisions = new Map<string, CachedRevision>();

  /** The machine of a revision; `load` is called only when it is not compiled yet. */
  async get(
    revisionId: string,
    load: () => FlowDocument | Promise<FlowDocument>,
  ): Promise<CallMachine> {
    return (await this.revision(revisionId, load)).machine;
  }

  /**
   * The machine and document of a revision; `load` is called only when it is
   * not compiled yet.
   *
   * @example
   * const { machine, document } = await sharedMachines.revision(id, async () => (await getRevision(db, id)).document);
   */
  async revision(
    revisionId: string,
    load: () => FlowDocument | Promise<FlowDocument>,
  ): Promise<CachedRevision> {
    const cached = this.revisions.get(revisionId);
    if (cached) {
      // Re-insert so that Map order tracks recent use.
      this.revisions.delete(revisionId);
      this.revisions.set(revisionId, cached);
      return cached;
    }
    const document = await load();
    // Another call of the same revision may have compiled it while this one read the document.
    const raced = this.revisions.get(revisionId);
    if (raced) return raced;
    const entry = { machine: compileFlow(document), document };
    this.revisions.set(revisionId, entry);
    if (this.revisions.size > MAX_MACHINES) {
      const oldest = this.revisions.keys().next().value;
      if (oldest !== undefined) this.revisions.delete(oldest);
    }
    return entry;
  }
}

/**
 * The process's machines: every CallService reads them, and publishing warms
 * them. Compiling a 2,000-node flow takes 100-700 ms, which the first call of
 * a new revision would otherwise spend inside its webhook.
 *
 * @example
 * setImmediate(() => void sharedMachines.get(revision.id, () => revision.document));
 */
export const sharedMachines = new MachineCache();
