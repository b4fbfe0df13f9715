import type { Migration } from '../migrate.js';

/**
 * Sign-in throttling and idle sessions. Failed sign-ins are counted per
 * account (the e-mail typed, known or not) and per client address, one row
 * per key, so a guesser is slowed and then locked out; rows are pruned once
 * quiet for the window. Sessions learn when they were last used, so one
 * left idle expires before its absolute end.
 */
export const loginAttempts: Migration = {
  version: 9,
  name: 'login-attempts',
  sql: /* sql */ `
    CREATE TABLE login_throttles (
      -- 'account:<e-mail, lower case>' or 'address:<client address>'.
      key TEXT PRIMARY KEY,
      failures INTEGER NOT NULL,
      last_failure_at TEXT NOT NULL,
      -- No attempt is checked before this instant (the growing delay, or the lock's end).
      blocked_until TEXT,
      -- Set while the key is locked, rather than only slowed.
      locked_until TEXT
    );
    CREATE INDEX login_throttles_last_failure ON login_throttles (last_failure_at);

    ALTER TABLE sessions ADD COLUMN last_used_at TEXT;
    CREATE INDEX sessions_user ON sessions (user_id);

    CREATE INDEX audit_log_action ON audit_log (action, id);
  `,
};
