import type { Db } from './database.js';
import { initial } from './migrations/001-initial.js';
import { flowHistory } from './migrations/002-flow-history.js';
import { scenarios } from './migrations/003-scenarios.js';
import { outboxDelivery } from './migrations/004-outbox-delivery.js';
import { autoReplies } from './migrations/005-auto-replies.js';
import { voicemail } from './migrations/006-voicemail.js';
import { greetingsSpeech } from './migrations/007-greetings-speech.js';
import { earlyTranscriptions } from './migrations/008-early-transcriptions.js';
import { loginAttempts } from './migrations/009-login-attempts.js';
import { health } from './migrations/010-health.js';
import { deliveryAttempts } from './migrations/011-delivery-attempts.js';
import { contactHistory } from './migrations/012-contact-history.js';
import { retentionIndexes } from './migrations/013-retention-indexes.js';
import { callTrace } from './migrations/014-call-trace.js';
import { liveSnapshots } from './migrations/015-live-snapshots.js';
import { pendingOutboxIndex } from './migrations/016-pending-outbox-index.js';
import { transcriptSweep } from './migrations/017-transcript-sweep.js';
import { ascendingTimeIndexes } from './migrations/018-ascending-time-indexes.js';
import { unusedOutboxIndex } from './migrations/019-unused-outbox-index.js';
import { traceTimeInteger } from './migrations/020-trace-time-integer.js';
import { unusedContactIndexes } from './migrations/021-unused-contact-indexes.js';
import { outboxIntegerInstants } from './migrations/022-outbox-integer-instants.js';
import { partialDecisionIndexes } from './migrations/023-partial-decision-indexes.js';
import { PAIRED_MIGRATIONS } from './postgres/migrations.js';

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
  earlyTranscriptions,
  loginAttempts,
  health,
  deliveryAttempts,
  contactHistory,
  retentionIndexes,
  callTrace,
  liveSnapshots,
  pendingOutboxIndex,
  transcriptSweep,
  ascendingTimeIndexes,
  unusedOutboxIndex,
  traceTimeInteger,
  unusedContactIndexes,
  outboxIntegerInstants,
  partialDecisionIndexes,
  // From 24 on, each change is written for both backends side by side.
  ...PAIRED_MIGRATIONS.map(({ version, name, sqlite }) => ({ version, name, sql: sqlite })),
];

/** The database was written by a newer Ringflow: its schema is past the last migration here. */
export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError';
  constructor(
    readonly found: number,
    readonly latest: number,
  ) {
    super(
      `The database is at schema version ${found}, newer than this Ringflow knows (${latest}); upgrade Ringflow`,
    );
  }
}

/**
 * Applies the migrations the database has not seen yet, each in its own
 * transaction, recording progress in SQLite's `user_version`.
 */
export function migrate(db: Db): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new NewerSchemaError(from, latest);
  }
  // SQLite's procedure for rebuilding a table (to widen a CHECK): foreign keys off while it
  // runs, else dropping the old table would set its children's references to NULL; each
  // migration checks them before it commits.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  if (from < latest) db.pragma('foreign_keys = OFF');
  try {
    for (const migration of MIGRATIONS) {
      if (migration.version <= from) continue;
      db.transaction(() => {
        db.exec(migration.sql);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) {
          throw new Error(`Migration ${migration.name} broke ${broken.length} foreign key(s)`);
        }
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    }
  } finally {
    if (foreignKeys) db.pragma('foreign_keys = ON');
  }
  return { from, to: latest };
}
