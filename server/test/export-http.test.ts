import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../src/cli/export.js';
import { run } from '../src/cli/main.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import {
  checkArchive,
  type ExportFixture,
  FORMULA,
  json,
  SLACK_URL,
  seedExportFixture,
  TEXT_FILES,
  TRICKY,
  text,
} from './support/export-fixture.js';
import { startTestServer, type TestServer } from './support/harness.js';
import { ringflowCommand } from './support/ringflow-command.js';

/**
 * The export over real HTTP (and through the `ringflow export` command), on
 * each backend, of a workspace with a played call, texts, a voicemail with a
 * real WAV file, and secrets that must not leave: every part of the archive
 * is checked.
 */
describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  let server: TestServer;
  let fixture: ExportFixture;

  beforeAll(async () => {
    server = await startTestServer({ postgres });
    fixture = await seedExportFixture(server);
  }, 60_000);

  afterAll(async () => {
    await server?.close();
  });

  describe('GET /api/export', () => {
    let files: Record<string, Uint8Array>;
    let archiveText: string;

    beforeAll(async () => {
      const res = await server.send('/api/export', { headers: { Cookie: fixture.session.cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="ringflow-export-2026-11-23.zip"',
      );
      files = unzipSync(new Uint8Array(await res.arrayBuffer()));
      archiveText = TEXT_FILES.map((name) => text(files, name)).join('\n');
    });

    it('holds every part, with the recording byte for byte', async () => {
      checkArchive(files, fixture);
    });

    it('explains itself in README.txt', () => {
      const readme = text(files, 'README.txt');
      expect(readme).toMatch(/Exported at 2026-11-23T15:00:00\.000Z \(UTC\)/);
      expect(readme).toMatch(/database schema version \d+/);
      for (const name of ['flows.json', 'calls.csv', 'voicemails.csv', 'recordings/']) {
        expect(readme).toContain(name);
      }
      expect(readme).toMatch(/1 recordings/);
      expect(readme).toMatch(/2 greetings/);
      expect(readme).toMatch(/1 greeting audio files/);
    });

    it('has each flow with its draft and every revision', () => {
      const flows = json(files, 'flows.json');
      expect(flows.length).toBeGreaterThan(0);
      const demo = flows[0];
      expect(demo.draft.nodes.length).toBeGreaterThan(0);
      expect(demo.revisions.length).toBeGreaterThan(0);
      expect(demo.revisions[0]).toMatchObject({
        number: 1,
        message: expect.any(String),
        createdAt: expect.any(String),
        document: { nodes: expect.any(Array) },
      });
      expect(demo).toHaveProperty('deletedAt', null);
    });

    it('writes calls as CSV with a header and as JSON with their traces', () => {
      const [header, ...rows] = text(files, 'calls.csv').split('\r\n');
      expect(header).toBe(
        'id,startedAt,answeredAt,endedAt,durationSeconds,from,to,numberName,status,outcome,flowName,revisionNumber,providerStatus,provider,providerCallId,numberId,flowId,revisionId',
      );
      const row = rows.find((r) => r.startsWith(`${fixture.callId},`));
      expect(row).toContain(",'+14155550123,'+14155550100,");
      expect(row).toContain(',ended,voicemail,');
      const calls = json(files, 'calls.json');
      expect(calls).toHaveLength(1);
    });

    it('quotes CSV fields as RFC 4180 does and keeps spreadsheets from running formulas', () => {
      const csv = text(files, 'messages.csv');
      expect(csv.split('\r\n')[0]).toBe(
        'id,at,direction,author,contact,business,body,status,error,sentAt,providerMessageId,numberId',
      );
      expect(csv).toContain(',"Hi, ""Bob""\nsecond line",received,');
      expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"")",received,`);
      expect(csv).not.toMatch(/,=HYPERLINK/);
      const messages = json(files, 'messages.json');
      expect(messages.map((m: { body: string }) => m.body)).toEqual(
        expect.arrayContaining([TRICKY, FORMULA]),
      );
    });

    it('has the auto-reply decisions as CSV and JSON', () => {
      const decisions = json(files, 'auto-reply-decisions.json');
      expect(decisions.length).toBeGreaterThan(0);
      expect(decisions[0]).toMatchObject({ action: expect.stringMatching(/send|skip/) });
      const csv = text(files, 'auto-reply-decisions.csv').split('\r\n');
      expect(csv[0]).toMatch(/^id,at,contact,trigger,source,sourceName,action,reason,/);
      expect(csv.filter((line) => line !== '')).toHaveLength(decisions.length + 1);
    });

    it('has the voicemails with transcript, comments and where the recording is', async () => {
      const [entry] = await json(files, 'voicemails.json').filter(
        (v: { id: string }) => v.id === fixture.voicemail.id,
      );
      expect(entry).toMatchObject({
        caller: '+14155550123',
        number: { business: '+14155550100', name: expect.any(String) },
        callId: fixture.callId,
        durationSeconds: 0.25,
        status: 'new',
        assignee: null,
        transcript: { status: 'done', text: 'Please call me back' },
        comments: [{ author: 'Ann', body: 'Called back, no answer' }],
      });
      const csv = text(files, 'voicemails.csv').split('\r\n');
      expect(csv[0]).toBe(
        'id,at,caller,business,numberName,durationSeconds,status,handledAt,handledBy,assignee,transcriptStatus,transcript,audioFile,audioNote,deletedAt,callId,numberId',
      );
      expect(csv.find((line) => line.startsWith(fixture.voicemail.id))).toContain(
        `,done,Please call me back,recordings/${fixture.voicemail.id}.wav,,`,
      );
    });

    it('has numbers, schedules, members and users', () => {
      const numbers = json(files, 'numbers.json');
      expect(numbers[0]).toMatchObject({ number: '+14155550100', autoReplies: expect.any(Object) });
      expect(json(files, 'schedules.json').length).toBeGreaterThan(0);
      expect(json(files, 'members.json').length).toBeGreaterThan(0);
      const users = json(files, 'users.json');
      expect(users.map((u: { email: string }) => u.email)).toContain('ann@example.com');
    });

    it('gives away no secret', () => {
      for (const secret of [
        'scrypt$',
        fixture.passwordHash,
        fixture.apiToken,
        fixture.session.cookie.split('=')[1] ?? 'no cookie',
        fixture.session.csrf,
        fixture.webhookSecret,
        'whsec_',
        SLACK_URL,
      ]) {
        expect(archiveText).not.toContain(secret);
      }
      expect(archiveText).not.toMatch(/passwordHash|password_hash|tokenHash/);
    });

    it('is for owners only', async () => {
      const res = await server.send('/api/export', {
        headers: { Authorization: `Bearer ${fixture.apiToken}` },
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    });
  });

  describe('ringflow export', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'ringflow-export-cli-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const SUMMARY =
      /1 flows \(1 revisions\), 1 calls, 3 texts, \d+ auto-reply decisions, 1 voicemails \(1 recordings\), 2 greetings \(1 audio files\)/;

    it.runIf(kind === 'sqlite')(
      'writes the same archive from the data directory, while the server runs',
      { timeout: 60_000 },
      () => {
        const out = join(dir, 'backup.zip');
        const r = ringflowCommand([
          'export',
          '--out',
          out,
          '--data-dir',
          server.deps.config.dataDir,
        ]);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(r.stdout).toContain(`Wrote ${out} (`);
        expect(r.stdout).toMatch(SUMMARY);
        checkArchive(unzipSync(new Uint8Array(readFileSync(out))), fixture);
      },
    );

    it.runIf(kind === 'postgres')(
      'writes the same archive from DATABASE_URL and the data directory, while the server runs',
      async () => {
        const out = join(dir, 'backup.zip');
        const lines: string[] = [];
        const env = { DATABASE_URL: server.deps.config.postgres?.url };
        const args = ['--out', out, '--data-dir', server.deps.config.dataDir];
        expect(await exportCommand(args, (line) => lines.push(line), env)).toBe(0);
        expect(lines[0]).toContain(`Wrote ${out} (`);
        expect(lines.join('\n')).toMatch(SUMMARY);
        checkArchive(unzipSync(new Uint8Array(readFileSync(out))), fixture);
      },
    );

    it.runIf(kind === 'postgres')(
      'says so, writing nothing, when the database cannot be reached',
      async () => {
        const out = join(dir, 'unreachable.zip');
        const env = { DATABASE_URL: 'postgres://ringflow:secret@127.0.0.1:1/ringflow' };
        const args = ['--out', out, '--data-dir', server.deps.config.dataDir];
        await expect(exportCommand(args, () => {}, env)).rejects.toThrow(
          /^DATABASE_URL: cannot connect to PostgreSQL at postgres:\/\/ringflow:\*\*\*@127\.0\.0\.1:1\/ringflow/,
        );
        expect(existsSync(out)).toBe(false);
      },
    );

    it.runIf(kind === 'sqlite')(
      'refuses to replace a file unless told to',
      { timeout: 120_000 },
      () => {
        const out = join(dir, 'taken.zip');
        writeFileSync(out, 'mine');
        const dataDir = server.deps.config.dataDir;
        const refused = ringflowCommand(['export', '--out', out, '--data-dir', dataDir]);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toMatch(/taken\.zip exists; .*--force/);
        expect(readFileSync(out, 'utf8')).toBe('mine');
        const forced = ringflowCommand(['export', '--out', out, '--data-dir', dataDir, '--force']);
        expect(forced.status).toBe(0);
        expect(Object.keys(unzipSync(new Uint8Array(readFileSync(out))))).toContain('README.txt');
      },
    );

    it.runIf(kind === 'sqlite')(
      'says so when there is no database or no --out',
      { timeout: 60_000 },
      async () => {
        const empty = mkdtempSync(join(dir, 'empty-'));
        const missing = ringflowCommand([
          'export',
          '--out',
          join(dir, 'x.zip'),
          '--data-dir',
          empty,
        ]);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain(`No Ringflow database at ${join(empty, 'ringflow.db')}`);
        expect(existsSync(join(dir, 'x.zip'))).toBe(false);
        expect(existsSync(join(empty, 'ringflow.db'))).toBe(false);
        // Bad arguments are caught before anything is opened; no need for a process here.
        const err: string[] = [];
        const noOut = await run(
          ['export', '--data-dir', empty],
          () => {},
          (line) => err.push(line),
        );
        expect(noOut).toBe(2);
        expect(err.join('\n')).toMatch(/^--out is required/);
      },
    );
  });
});
