import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from './support/backends.js';
import { seedExportFixture, TEXT_FILES, text } from './support/export-fixture.js';
import { startTestServer, type TestServer } from './support/harness.js';

/**
 * The archive PostgreSQL gives is the one SQLite gives: the same workspace,
 * built the same way on a server of each backend at the same (injected)
 * time, exports the same files with the same bytes, once the ids (random) are
 * set aside. Types PostgreSQL would render differently (a bigint as a string,
 * a boolean as true/false, a bytea) would show here as a difference.
 */
describe('the export on PostgreSQL', () => {
  const backend = useBackend('postgres');
  const archives: Record<string, Record<string, Uint8Array>> = {};
  const servers: TestServer[] = [];

  beforeAll(async () => {
    for (const kind of ['sqlite', 'postgres'] as const) {
      const server = await startTestServer(
        kind === 'postgres' ? { postgres: () => backend.freshUrl() } : {},
      );
      servers.push(server);
      const { session } = await seedExportFixture(server);
      const res = await server.send('/api/export', { headers: { Cookie: session.cookie } });
      expect(res.status).toBe(200);
      archives[kind] = unzipSync(new Uint8Array(await res.arrayBuffer()));
    }
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  it('holds the same files as on SQLite', () => {
    const names = (kind: string) => Object.keys(archives[kind] ?? {}).map(withoutIds);
    expect(names('postgres')).toEqual(names('sqlite'));
  });

  it.each(TEXT_FILES)('writes %s as SQLite does, byte for byte but for the ids', (name) => {
    const lines = (kind: string) => comparable(name, text(archives[kind] ?? {}, name));
    expect(lines('postgres')).toEqual(lines('sqlite'));
  });

  it('has the audio files byte for byte', () => {
    const audio = (kind: string) =>
      Object.entries(archives[kind] ?? {})
        .filter(([name]) => !name.endsWith('.json') && !name.endsWith('.csv'))
        .filter(([name]) => name !== 'README.txt')
        .map(([name, bytes]) => [withoutIds(name), Buffer.from(bytes).toString('base64')]);
    expect(audio('postgres')).toEqual(audio('sqlite'));
  });
});

/** Ids (`call_` and 22 characters) and provider SIDs are random: each becomes a placeholder. */
function withoutIds(s: string): string {
  return s
    .replace(/\b[a-z]+_[-0-9A-Za-z_]{22}(?![-0-9A-Za-z_])/g, '<id>')
    .replace(/\b(CA|RE|SM)[0-9a-f]{32}\b/g, '$1<sid>');
}

/**
 * A file's records without ids, in a fixed order: rows made in the same
 * millisecond are ordered by their (random) ids, so they are compared as a
 * sorted list. JSON keeps its exact text per record (types, key order).
 */
function comparable(name: string, content: string): string[] {
  const clean = withoutIds(content);
  if (name.endsWith('.csv')) {
    const [header, ...rows] = clean.split('\r\n');
    return [header ?? '', ...rows.sort()];
  }
  if (name.endsWith('.json')) {
    const items = JSON.parse(clean) as unknown[];
    return items.map((item) => JSON.stringify(item)).sort();
  }
  return [clean];
}
