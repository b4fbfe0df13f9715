import { describe, expect, it, onTestFinished } from 'vitest';
import { listAudit, recordAudit } from '../src/db/audit.js';
import { getGreeting, listGreetings } from '../src/db/greetings.js';
import { MIGRATIONS } from '../src/db/migrate.js';
import { sqlOf } from '../src/db/sql/connection.js';
import { createUser } from '../src/db/users.js';
import { databasePerTest, tempDatabase } from './api-harness.js';
import { BACKENDS } from './support/backends.js';

const t0 = '2026-11-23T15:00:00.000Z';

describe.each(BACKENDS)('on %s', (kind) => {
  const store = databasePerTest(kind);

  describe('the audit log', () => {
    it('appends entries with their detail and reads them newest first with the user name', async () => {
      const ann = await createUser(
        store.db,
        { email: 'ann@example.com', name: 'Ann', role: 'admin', passwordHash: 'h' },
        t0,
      );
      await recordAudit(store.db, {
        at: t0,
        userId: ann.id,
        action: 'member.create',
        subject: 'alice',
        detail: { name: 'Alice' },
      });
      await recordAudit(store.db, { at: t0, userId: null, action: 'demo.seed', subject: 'f1' });
      const entries = await listAudit(store.db, { limit: 10 });
      expect(entries.map((e) => [e.action, e.userName, e.detail])).toEqual([
        ['demo.seed', null, null],
        ['member.create', 'Ann', { name: 'Alice' }],
      ]);
      expect(await listAudit(store.db, { limit: 10, before: entries[0]?.id })).toHaveLength(1);
    });
  });

  describe('greetings', () => {
    it('are listed and read by id', async () => {
      await sqlOf(store.db).run(
        "INSERT INTO greetings (id, name, source, text, created_at) VALUES ('welcome', 'Welcome', 'tts', 'Hello', ?)",
        [t0],
      );
      expect(await listGreetings(store.db)).toEqual([
        {
          id: 'welcome',
          name: 'Welcome',
          source: 'tts',
          file: null,
          contentType: null,
          durationSeconds: null,
          bytes: null,
          sha256: null,
          // A row from before versions: version 1, and its creation as its last change.
          version: 1,
          text: 'Hello',
          voice: null,
          language: null,
          synthesisStatus: null,
          synthesisError: null,
          createdAt: t0,
          updatedAt: t0,
        },
      ]);
      expect(await getGreeting(store.db, 'nope')).toBeUndefined();
    });
  });
});

// Reads SQLite's own pragmas: PostgreSQL's migrations are checked in postgres-migrate.test.ts.
describe('migrations on sqlite', () => {
  it('bring a new database file to the latest version', () => {
    const store = tempDatabase();
    onTestFinished(() => store.close());
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });
});
