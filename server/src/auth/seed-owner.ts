import { recordAudit } from '../db/audit.js';
import { oneAtATime, transaction } from '../db/sql/connection.js';
import { countUsers, createUser } from '../db/users.js';
import type { ServerDeps } from '../deps.js';
import { hashPasswordSync } from './password.js';

/**
 * Creates the first owner from `RINGFLOW_ADMIN_EMAIL` / `RINGFLOW_ADMIN_PASSWORD`
 * when the database has no user yet; afterwards the variables are ignored,
 * so changing them never resets a password. Returns whether it created one.
 *
 * @example
 * seedOwner(deps); // true on a fresh database with config.admin set
 */
export async function seedOwner(deps: ServerDeps): Promise<boolean> {
  const { db, config, clock, log } = deps;
  if (!config.admin || (await countUsers(db)) > 0) return false;
  const { email } = config.admin;
  // Hashing is slow on purpose; do it before taking the write lock.
  const passwordHash = hashPasswordSync(config.admin.password);
  const created = await transaction(db, async (tx) => {
    await oneAtATime(tx, 'seed-owner');
    if ((await countUsers(tx)) > 0) return undefined;
    const at = clock.now().toISOString();
    const name = email.split('@')[0] || email;
    const user = await createUser(tx, { email, name, role: 'owner', passwordHash }, at);
    await recordAudit(tx, {
      at,
      userId: null,
      action: 'user.create',
      subject: user.id,
      detail: { email, role: 'owner' },
    });
    return user;
  });
  if (created) log.info('created the owner account', { email, userId: created.id });
  return created !== undefined;
}
