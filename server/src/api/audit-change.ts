import type { Context } from 'hono';
import { recordAudit } from '../db/audit.js';
import type { ServerDeps } from '../deps.js';
import type { ApiEnv } from './router.js';

/**
 * Writes the audit entry for a change made by the caller; call it inside the
 * change's transaction so the two are stored together or not at all.
 *
 * @example
 * await transaction(db, async () => {
 *   const m = await createMember(db, body, now);
 *   await auditChange(deps, c, 'member.create', m.id, body);
 * });
 */
export async function auditChange(
  deps: ServerDeps,
  c: Context<ApiEnv>,
  action: string,
  subject: string,
  detail?: unknown,
): Promise<void> {
  await recordAudit(deps.db, {
    at: deps.clock.now().toISOString(),
    userId: c.get('caller').user.id,
    action,
    subject,
    detail,
  });
}
