import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { migrateToPostgresCommand } from '../src/cli/migrate-to-postgres.js';
import { recordAudit } from '../src/db/audit.js';
import { findCallByProviderId } from '../src/db/calls.js';
import type { Db } from '../src/db/database.js';
import { openDatabase } from '../src/db/database.js';
import { publishRevision } from '../src/db/flow-revisions.js';
import { getFlow, listFlows } from '../src/db/flows.js';
import { MIGRATIONS } from '../src/db/migrate.js';
import { findNumberByE164 } from '../src/db/numbers.js';
import { unpackText } from '../src/db/packed-text.js';
import { CopyFailedError, copyFromSqlite } from '../src/db/postgres/copy-from-sqlite.js';
import { migratePostgres } from '../src/db/postgres/migrate.js';
import { insertSession, listUsers } from '../src/db/users.js';
import { addComment } from '../src/db/voicemail-inbox.js';
import { startTestServer } from './support/harness.js';
import { addVoicemail } from './support/history.js';
import { type PostgresServer, startPostgres, withClient } from './support/postgres.js';
import { ringflowCommand } from './support/ringflow-command.js';

/**
 * `ringflow migrate-to-postgres` on a real SQLite file filled by the server
 * itself (a played call with its trace, texts, a voicemail, the outbox, the
 * audit log) into a real PostgreSQL server.
 */
const LEGACY_ENTRIES = '[["note",{"note":"written before traces were packed"}]]';
const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

const dir = mkdtempSync(join(tmpdir(), 'ringflow-copy-'));
const sourceFile = join(dir, 'ringflow.db');
let server: PostgresServer;
let callId = '';
let deletedAuditId = 0;

beforeAll(async () => {
  const [pgServer] = await Promise.all([startPostgres(), fillSource()]);
  server = pgServer;
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** The demo, a call to voicemail with its auto-reply, a text, a voicemail, a second revision, audit rows. */
async function fillSource(): Promise<void> {
  const app = await startTestServer();
  try {
    const { config } = app.deps;
    const db = app.deps.db as Db;
    const call = app.call();
    const ringing = await call.ring();
    const record = await call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
    await call.act(record, 'Record', {
      RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
      RecordingDuration: '17',
      Digits: '#',
    });
    await call.hangUp();
    await app.text('Are you open on Sunday?');
    callId = (await findCallByProviderId(db, 'twilio', call.callSid))?.id ?? '';
    const number = await findNumberByE164(db, '+14155550100');
    const flowId = (await listFlows(db))[0]?.id ?? '';
    const flow = await getFlow(db, flowId);
    if (!callId || !number || !flow) throw new Error('the demo call, number or flow is missing');
    const at = app.clock.now().toISOString();
    const owner = (await listUsers(db))[0];
    if (!owner) throw new Error('the owner is missing');
    await insertSession(db, {
      tokenHash: 'h1',
      userId: owner.id,
      csrfToken: 'c',
      createdAt: at,
      expiresAt: at,
    });
    const voicemail = await addVoicemail(db, config.dataDir, at, { callId, numberId: number.id });
    await addComment(db, {
      voicemailId: voicemail.id,
      authorId: null,
      authorName: 'Ann',
      body: 'Hi',
      at,
    });
    await publishRevision(
      db,
      flowId,
      { document: flow.draft, message: 'Again', authorId: null },
      at,
    );
    // A trace row kept as text, as rows from before packing are.
    db.prepare(
      'INSERT INTO call_trace (call_id, n, step, at, entries, response) VALUES (?, 99, 0, 0, ?, NULL)',
    ).run(callId, LEGACY_ENTRIES);
    for (const action of ['test.one', 'test.two', 'test.three']) {
      await recordAudit(db, { at, userId: null, action, subject: 's', detail: { action } });
    }
    // AUTOINCREMENT never hands this id out again: neither may PostgreSQL.
    deletedAuditId = db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
    db.prepare('DELETE FROM audit_log WHERE id = ?').run(deletedAuditId);
    await db.backup(sourceFile);
  } finally {
    await app.close();
  }
}

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const result = run(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return Promise.resolve(result).then((code) => ({
    code,
    out: out.join('\n'),
    err: err.join('\n'),
  }));
}

const sqliteTables = (db: Database.Database) =>
  db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];

async function countsOf(url: string, tables: string[]): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const counts: Record<string, number> = {};
    for (const t of tables) {
      counts[t] = Number((await client.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
    }
    return counts;
  });
}

/** SQLite's value and PostgreSQL's are the same datum (pg gives bigint as text, bytea as Buffer). */
function expectSameRow(sqliteRow: Record<string, unknown>, pgRow: Record<string, unknown>) {
  expect(Object.keys(pgRow).sort()).toEqual(Object.keys(sqliteRow).sort());
  for (const [column, value] of Object.entries(sqliteRow)) {
    const copied = pgRow[column];
    if (typeof value === 'number' && typeof copied === 'string') {
      expect(copied, column).toBe(String(value));
    } else {
      expect(copied, column).toEqual(value);
    }
  }
}

describe('ringflow migrate-to-postgres', () => {
  let url = '';
  let source: Database.Database;
  let out = '';
  beforeAll(async () => {
    url = await server.createDatabase();
    source = new Database(sourceFile, { readonly: true });
    const lines: string[] = [];
    // --to left out: DATABASE_URL names the target.
    const code = await migrateToPostgresCommand(['--from', sourceFile], (l) => lines.push(l), {
      DATABASE_URL: url,
    });
    expect(code).toBe(0);
    out = lines.join('\n');
  }, 60_000);
  afterAll(() => source?.close());

  it('copies every table, as many rows as SQLite holds, and says so', async () => {
    const tables = sqliteTables(source);
    expect(tables.length).toBeGreaterThan(25);
    const expected = Object.fromEntries(
      tables.map((t) => [t, source.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]),
    );
    expect(await countsOf(url, tables)).toEqual(expected);
    for (const t of ['users', 'sessions', 'flows', 'phone_numbers', 'calls', 'call_trace']) {
      expect(expected[t], t).toBeGreaterThan(0);
    }
    for (const t of ['messages', 'voicemails', 'voicemail_comments', 'outbox', 'audit_log']) {
      expect(expected[t], t).toBeGreaterThan(0);
    }
    expect(expected.flow_revisions).toBe(2);

    const total = Object.values(expected).reduce((sum, n) => sum + n, 0);
    const lines = out.split('\n');
    expect(lines[0]).toBe(`Copying ${sourceFile} into ${url}`);
    expect(out).toMatch(
      new RegExp(`^call_trace +${expected.call_trace} +${expected.call_trace}$`, 'm'),
    );
    expect(out).toContain(
      `stay as files in the data directory (the folder of ringflow.db, here ${dir})`,
    );
    expect(lines.at(-1)).toBe(
      `Copied ${total} rows in ${tables.length} tables into ${url}; every table counts the same rows as in ${sourceFile}.`,
    );
  });

  it('keeps each field: texts, numbers, packed traces and results, identity ids', async () => {
    await withClient(url, async (client) => {
      const same = async (sql: string, params: unknown[]) => {
        const sqliteRows = source.prepare(sql).all(...params) as Record<string, unknown>[];
        let n = 0;
        const { rows } = await client.query(
          sql.replaceAll('?', () => `$${++n}`),
          params,
        );
        expect(rows.length).toBe(sqliteRows.length);
        expect(rows.length).toBeGreaterThan(0);
        for (const [i, row] of sqliteRows.entries()) expectSameRow(row, rows[i]);
      };
      await same('SELECT * FROM calls WHERE id = ?', [callId]);
      await same('SELECT * FROM call_trace WHERE call_id = ? AND n < 99 ORDER BY n', [callId]);
      await same('SELECT * FROM voicemails WHERE call_id = ?', [callId]);
      await same('SELECT * FROM outbox ORDER BY id', []);
      await same('SELECT * FROM audit_log ORDER BY id', []);
      await same('SELECT * FROM flow_revisions ORDER BY number', []);

      const { rows } = await client.query('SELECT result FROM calls WHERE id = $1', [callId]);
      expect(Buffer.isBuffer(rows[0].result)).toBe(true);
      expect(JSON.parse(unpackText(rows[0].result)).outcome).toBe('voicemail');
    });
  });

  it('leaves PostgreSQL with statistics for what it copied, so its plans are not guesses', async () => {
    const analyzed = await withClient(url, async (client) =>
      (
        await client.query(
          "SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = 'public' AND tablename = ANY($1)",
          [['calls', 'call_trace', 'messages', 'voicemails']],
        )
      ).rows.map((row: { tablename: string }) => row.tablename),
    );
    expect(analyzed.sort()).toEqual(['call_trace', 'calls', 'messages', 'voicemails']);
  });

  it('packs a trace kept as text, so it reads back the same', async () => {
    const { rows } = await withClient(url, (c) =>
      c.query('SELECT entries FROM call_trace WHERE call_id = $1 AND n = 99', [callId]),
    );
    expect(Buffer.isBuffer(rows[0].entries)).toBe(true);
    expect(unpackText(rows[0].entries)).toBe(LEGACY_ENTRIES);
  });

  it('gives new rows ids past every id SQLite handed out', async () => {
    await withClient(url, async (client) => {
      const outbox = await client.query(
        `INSERT INTO outbox (kind, payload, idempotency_key, status, not_before, created_at, updated_at)
         VALUES ('sms', '{}', 'after-copy', 'pending', 0, 0, 0) RETURNING id`,
      );
      const copiedMax = source.prepare('SELECT max(id) FROM outbox').pluck().get() as number;
      expect(Number(outbox.rows[0].id)).toBe(copiedMax + 1);
      const audit = await client.query(
        `INSERT INTO audit_log (at, action, subject) VALUES ('now', 'after', 's') RETURNING id`,
      );
      expect(Number(audit.rows[0].id)).toBe(deletedAuditId + 1);
      await client.query("DELETE FROM outbox WHERE idempotency_key = 'after-copy'");
      await client.query("DELETE FROM audit_log WHERE action = 'after'");
    });
  });

  it('refuses a second run into the same database and changes nothing', async () => {
    const tables = sqliteTables(source);
    const before = await countsOf(url, tables);
    const r = await cli('migrate-to-postgres', '--from', sourceFile, '--to', url);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^--to: postgres:\/\/\S+ already holds Ringflow data \(rows in [a-z_, ]*\busers\b[a-z_, ]*\); nothing was copied\./,
    );
    expect(await countsOf(url, tables)).toEqual(before);
  });
});

describe('ringflow migrate-to-postgres refuses what it cannot use', () => {
  const sqliteAt = (name: string, version: number) => {
    const file = join(dir, name);
    const db = openDatabase(file);
    db.pragma(`user_version = ${version}`);
    db.close();
    return file;
  };

  it('names --from for a missing file, another kind of file, and a schema of another version', async () => {
    const url = server.url('postgres');
    const missing = await cli('migrate-to-postgres', '--from', join(dir, 'none.db'), '--to', url);
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toBe(
      `--from: there is no file ${join(dir, 'none.db')}. Give the Ringflow database file: ringflow.db in the data directory (.data/ringflow.db by default).`,
    );

    const older = await cli(
      'migrate-to-postgres',
      '--from',
      sqliteAt('old.db', LATEST - 1),
      '--to',
      url,
    );
    expect(older.code).toBe(2);
    expect(older.err).toMatch(
      new RegExp(
        `^--from: \\S+old\\.db is at schema version ${LATEST - 1}, older than this Ringflow's \\(${LATEST}\\): start this Ringflow once on its data directory`,
      ),
    );
    const newer = await cli(
      'migrate-to-postgres',
      '--from',
      sqliteAt('new.db', LATEST + 1),
      '--to',
      url,
    );
    expect(newer.err).toMatch(/new\.db is at schema version \d+, newer than this Ringflow knows/);

    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all, just some words to fill a page. '.repeat(100));
    const notSqlite = await cli('migrate-to-postgres', '--from', text, '--to', url);
    expect(notSqlite).toMatchObject({ code: 2 });
    expect(notSqlite.err).toBe(
      `--from: ${text} is not a SQLite database, so not a Ringflow database.`,
    );

    const other = join(dir, 'other.db');
    new Database(other).exec('CREATE TABLE notes (body TEXT)').close();
    const notRingflow = await cli('migrate-to-postgres', '--from', other, '--to', url);
    expect(notRingflow.err).toBe(
      `--from: ${other} is not a Ringflow database (it has no Ringflow tables).`,
    );
  });

  it('names --to for a URL of another kind, a server that does not answer, a missing database', async () => {
    const mysql = await cli(
      'migrate-to-postgres',
      '--from',
      sourceFile,
      '--to',
      'mysql://u:secret@h/db',
    );
    expect(mysql.code).toBe(2);
    expect(mysql.err).toBe(
      '--to must be a PostgreSQL URL such as postgres://user:password@host:5432/database; got "mysql://u:***@h/db".',
    );
    const none = await cli('migrate-to-postgres', '--from', sourceFile);
    expect(none.err).toMatch(/^--to is required \(or set DATABASE_URL\)/);

    const port = await closedPort();
    const down = await cli(
      'migrate-to-postgres',
      '--from',
      sourceFile,
      '--to',
      `postgres://ann:secret@127.0.0.1:${port}/ringflow`,
    );
    expect(down.code).toBe(2);
    expect(down.err).toBe(
      `--to: cannot connect to postgres://ann:***@127.0.0.1:${port}/ringflow: nothing accepts connections there; is PostgreSQL running, on that host and port?`,
    );
    const absent = await cli(
      'migrate-to-postgres',
      '--from',
      sourceFile,
      '--to',
      server.url('nope'),
    );
    expect(absent.code).toBe(2);
    expect(absent.err).toBe(
      `--to: cannot connect to ${server.url('nope')}: database "nope" does not exist; create it first (createdb), empty.`,
    );
  });

  it('rolls everything back and names the table when the counts differ', async () => {
    const url = await server.createDatabase();
    await withClient(url, async (client) => {
      await migratePostgres(client);
      // A rule of the target's own that drops a row: the copy must notice.
      await client.query(`
        CREATE FUNCTION drop_bob() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
        CREATE TRIGGER drop_bob BEFORE INSERT ON members FOR EACH ROW WHEN (NEW.id = 'bob')
          EXECUTE FUNCTION drop_bob();`);
    });
    const r = await cli('migrate-to-postgres', '--from', sourceFile, '--to', url);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^The counts differ after copying: members has 3 rows in SQLite, 2 in PostgreSQL\. The copy was rolled back: no rows were written to postgres:\/\/\S+\.$/,
    );
    expect(await countsOf(url, ['users', 'calls', 'members'])).toEqual({
      users: 0,
      calls: 0,
      members: 0,
    });
  });

  it('works from the real command line', async () => {
    const url = await server.createDatabase();
    const r = ringflowCommand(['migrate-to-postgres', '--from', sourceFile, '--to', url]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Copied \d+ rows in \d+ tables into postgres:\/\/\S+; every table/m);
  }, 60_000);
});

describe('copying tables that refer to themselves or to each other', () => {
  it('checks such references once every row is in, and refuses a dangling one', async () => {
    const file = join(dir, 'cycles.db');
    const db = new Database(file);
    // Rows in an order no copy could keep: a child before its parent.
    db.exec(`
      PRAGMA foreign_keys = OFF;
      CREATE TABLE nodes (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES nodes (id));
      CREATE TABLE a (id TEXT PRIMARY KEY, b_id TEXT REFERENCES b (id));
      CREATE TABLE b (id TEXT PRIMARY KEY, a_id TEXT REFERENCES a (id));
      INSERT INTO nodes VALUES (1, 2), (2, NULL);
      INSERT INTO a VALUES ('a1', 'b1');
      INSERT INTO b VALUES ('b1', 'a1');
    `);
    const url = await server.createDatabase();
    await withClient(url, async (client: pg.Client) => {
      await client.query(`
        CREATE TABLE nodes (id bigint PRIMARY KEY, parent_id bigint REFERENCES nodes (id));
        CREATE TABLE a (id text PRIMARY KEY, b_id text);
        CREATE TABLE b (id text PRIMARY KEY, a_id text REFERENCES a (id));
        ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b (id);`);
      expect(await copyFromSqlite(db, client)).toEqual([
        { table: 'nodes', sqlite: 2, postgres: 2 },
        { table: 'a', sqlite: 1, postgres: 1 },
        { table: 'b', sqlite: 1, postgres: 1 },
      ]);
      // The constraints are as they were: checked at once.
      const { rows } = await client.query(
        'SELECT count(*) AS n FROM pg_constraint WHERE condeferrable',
      );
      expect(rows[0].n).toBe('0');

      await client.query('TRUNCATE nodes, a, b');
      db.exec('UPDATE nodes SET parent_id = 99 WHERE id = 1');
      const failed = copyFromSqlite(db, client);
      await expect(failed).rejects.toThrow(CopyFailedError);
      await expect(failed).rejects.toThrow(/^A row of nodes refers to a row that is not there/);
      expect((await client.query('SELECT count(*) AS n FROM a')).rows[0].n).toBe('0');
    });
    db.close();
  });
});

/** A port nothing listens on: one the system just handed out and took back. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
