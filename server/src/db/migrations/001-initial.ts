import type { Migration } from '../migrate.js';

/**
 * The first schema. Instants are ISO 8601 strings in UTC; documents
 * (flows, schedules, snapshots) are JSON text validated by the zod schemas
 * on the way in.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: /* sql */ `
    CREATE TABLE users (
      id TEXT PRIMARY KEY,
      email TEXT NOT NULL UNIQUE COLLATE NOCASE,
      name TEXT NOT NULL,
      password_hash TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('owner', 'admin')),
      created_at TEXT NOT NULL
    );

    CREATE TABLE sessions (
      token_hash TEXT PRIMARY KEY,
      user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      csrf_token TEXT NOT NULL,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    );

    CREATE TABLE api_tokens (
      id TEXT PRIMARY KEY,
      user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      last_used_at TEXT
    );

    CREATE TABLE members (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      -- JSON array of E.164 numbers, sip: or client: addresses, rung together.
      addresses TEXT NOT NULL DEFAULT '[]',
      dnd_until TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE schedules (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      -- The whole Schedule document (time zone, weekly hours, closures, special dates).
      document TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE greetings (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('upload', 'recording', 'tts')),
      file TEXT,
      content_type TEXT,
      duration_seconds REAL,
      text TEXT,
      created_at TEXT NOT NULL
    );

    CREATE TABLE flows (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      draft TEXT NOT NULL,
      draft_updated_at TEXT NOT NULL,
      draft_updated_by TEXT REFERENCES users (id) ON DELETE SET NULL,
      published_revision_id TEXT,
      created_at TEXT NOT NULL
    );

    -- Immutable: a published revision is never updated, only superseded.
    CREATE TABLE flow_revisions (
      id TEXT PRIMARY KEY,
      flow_id TEXT NOT NULL REFERENCES flows (id) ON DELETE CASCADE,
      number INTEGER NOT NULL,
      document TEXT NOT NULL,
      message TEXT NOT NULL,
      author_id TEXT REFERENCES users (id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      UNIQUE (flow_id, number)
    );

    CREATE TABLE phone_numbers (
      id TEXT PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      flow_id TEXT REFERENCES flows (id) ON DELETE SET NULL,
      -- Business hours for this number's auto-replies and texts.
      schedule_id TEXT REFERENCES schedules (id) ON DELETE SET NULL,
      business_name TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    );

    CREATE TABLE calls (
      id TEXT PRIMARY KEY,
      provider TEXT NOT NULL,
      provider_call_id TEXT NOT NULL,
      from_number TEXT NOT NULL,
      to_number TEXT NOT NULL,
      phone_number_id TEXT REFERENCES phone_numbers (id) ON DELETE SET NULL,
      flow_id TEXT REFERENCES flows (id) ON DELETE SET NULL,
      revision_id TEXT REFERENCES flow_revisions (id),
      -- The XState snapshot, plain JSON; null when the call never reached a flow.
      snapshot TEXT,
      -- Steps taken so far; action URLs carry it so a retried webhook is recognised.
      step INTEGER NOT NULL DEFAULT 0,
      status TEXT NOT NULL CHECK (status IN ('active', 'ended')),
      outcome TEXT,
      result TEXT,
      provider_status TEXT,
      started_at TEXT NOT NULL,
      ended_at TEXT,
      duration_seconds INTEGER,
      UNIQUE (provider, provider_call_id)
    );
    CREATE INDEX calls_started ON calls (started_at DESC);
    CREATE INDEX calls_from ON calls (from_number, started_at DESC);

    -- Every webhook received and every instruction sent: the call log's trace.
    CREATE TABLE call_events (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      call_id TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
      step INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('webhook', 'event', 'instruction', 'note')),
      at TEXT NOT NULL,
      data TEXT NOT NULL,
      -- For kind 'instruction': the exact reply sent, replayed to a duplicate webhook.
      response TEXT
    );
    CREATE INDEX call_events_call ON call_events (call_id, id);

    CREATE TABLE contacts (
      id TEXT PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      name TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    -- Side effects decided in a webhook's transaction and delivered later by a worker.
    CREATE TABLE outbox (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL,
      payload TEXT NOT NULL,
      idempotency_key TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
      attempts INTEGER NOT NULL DEFAULT 0,
      not_before TEXT NOT NULL,
      last_error TEXT,
      created_at TEXT NOT NULL,
      sent_at TEXT
    );
    CREATE INDEX outbox_due ON outbox (status, not_before);

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
      action TEXT NOT NULL,
      subject TEXT NOT NULL,
      detail TEXT
    );
  `,
};
