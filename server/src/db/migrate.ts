import type { Db } from './database.js';
import { initial } from './migrations/001-initial.js';
import { flowHistory } from './migrations/002-flow-history.js';
import { scenarios } from './migrations/003-scenarios.js';
import { outboxDelivery } from './migrations/004-outbox-delivery.js';
import { autoReplies } from './migrations/005-auto-replies.js';
import { voicemail } from './migrations/006-voicemail.js';
import { greetingsSpeech } from './migrations/007-greetings-speech.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every schema change, in order; a new one is a new file in `migrations/` and a line here. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  flowHistory,
  scenarios,
  outboxDelivery,
  autoReplies,
  voicemail,
  greetingsSpeech,
];

/**
 * Applies the migrations the database has not seen yet, each in its own
 * transaction, recording progress in SQLite's `user_version`.
 */
export function migrate(db: Db): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new Error(
      `The database is at schema version ${from}, newer than this Ringflow knows (${latest}); upgrade Ringflow`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return { from, to: latest };
}
