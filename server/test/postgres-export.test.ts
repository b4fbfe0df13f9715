import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from './support/backends.js';
import { startTestServer, type TestServer } from './support/harness.js';

/** The ZIP export reads SQLite's file: on PostgreSQL it says so, and what to use instead. */
describe('the export on PostgreSQL', () => {
  const backend = useBackend('postgres');
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ postgres: () => backend.freshUrl() });
  }, 60_000);
  afterAll(() => server?.close());

  it('is refused with 409 and points to pg_dump', async () => {
    const admin = await server.admin();
    const res = await admin<{ error: { code: string; message: string } }>('GET', '/export');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('export_unavailable');
    expect(res.body.error.message).toMatch(/PostgreSQL: back it up with pg_dump/);
  });
});
