/**
 * @module
 * The flow revision a call runs, compiled once per process
 * (`machine-cache.ts`), read on the webhook's transaction: a read through the
 * pool while the transaction holds a connection could wait for ever on
 * PostgreSQL.
 */
import type { CallMachine } from '@ringflow/flow-runtime';
import { getRevision } from '../db/flows.js';
import { type Connection, sqlOf } from '../db/sql/connection.js';
import type { CachedRevision, MachineCache } from './machine-cache.js';

/**
 * The revision new calls to a flow run, by id only: its document is parsed
 * once per process (see `MachineCache`), not on every incoming call.
 */
export async function publishedRevisionId(db: Connection, flowId: string): Promise<string | null> {
  const row = await sqlOf(db).get<{ published_revision_id: string | null }>(
    'SELECT published_revision_id FROM flows WHERE id = ? AND deleted_at IS NULL',
    [flowId],
  );
  return row?.published_revision_id ?? null;
}

/**
 * A revision compiled, read on `db` only when this process has not compiled
 * it yet; undefined when it is gone. A document that does not compile throws
 * (a new call is refused).
 */
export async function compiledRevision(
  machines: MachineCache,
  revisionId: string,
  db: Connection,
): Promise<CachedRevision | undefined> {
  let missing = false;
  try {
    return await machines.revision(revisionId, async () => {
      const revision = await getRevision(db, revisionId);
      if (revision) return revision.document;
      missing = true;
      throw new Error(`revision ${revisionId} not found`);
    });
  } catch (error) {
    if (missing) return undefined;
    throw error;
  }
}

/** The machine of a live call's revision, or undefined when it is gone or no longer compiles. */
export async function machineOf(
  machines: MachineCache,
  revisionId: string,
  db: Connection,
): Promise<CallMachine | undefined> {
  const revision = await compiledRevision(machines, revisionId, db).catch(() => undefined);
  return revision?.machine;
}
