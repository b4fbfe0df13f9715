import { type CallMachine, compileFlow } from '@ringflow/flow-runtime';
import type { FlowDocument } from '@ringflow/shared';

const MAX_MACHINES = 200;

/**
 * Compiled machines by revision id. A published revision never changes, so
 * its machine can be kept; the oldest is dropped past MAX_MACHINES.
 */
export class MachineCache {
  private readonly machines = new Map<string, CallMachine>();

  /** The machine of a revision; `load` is called only when it is not compiled yet. */
  get(revisionId: string, load: () => FlowDocument): CallMachine {
    const cached = this.machines.get(revisionId);
    if (cached) {
      // Re-insert so that Map order tracks recent use.
      this.machines.delete(revisionId);
      this.machines.set(revisionId, cached);
      return cached;
    }
    const machine = compileFlow(load());
    this.machines.set(revisionId, machine);
    if (this.machines.size > MAX_MACHINES) {
      const oldest = this.machines.keys().next().value;
      if (oldest !== undefined) this.machines.delete(oldest);
    }
    return machine;
  }
}

/**
 * The process's machines: every CallService reads them, and publishing warms
 * them. Compiling a 2,000-node flow takes 100-700 ms, which the first call of
 * a new revision would otherwise spend inside its webhook.
 *
 * @example
 * setImmediate(() => sharedMachines.get(revision.id, () => revision.document));
 */
export const sharedMachines = new MachineCache();
