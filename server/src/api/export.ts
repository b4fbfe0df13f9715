import { createRoute, z } from '@hono/zod-openapi';
import { sqliteOf, sqlOf } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { exportArchive } from '../export/archive.js';
import { toWebStream } from '../export/web-stream.js';
import { auditChange } from './audit-change.js';
import { requireOwner } from './authenticate.js';
import { errorResponses } from './errors.js';
import { router } from './router.js';

const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  tags: ['Export'],
  summary: "Download all of the workspace's data as one ZIP archive (owner only)",
  description:
    'Flows with every revision, calls with their traces, texts, auto-reply decisions, voicemails ' +
    'with their recordings, numbers, schedules, team members and accounts (no secrets), as CSV and ' +
    'JSON, with a README.txt. Streamed as it is written, from one consistent snapshot of the ' +
    'database (SQLite or PostgreSQL).',
  responses: {
    200: {
      description: 'The archive, `ringflow-export-YYYY-MM-DD.zip`',
      content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errorResponses(403),
  },
});

/** The export: one streamed ZIP of everything, for owners. */
export function exportApi(deps: ServerDeps) {
  const { clock, config, log } = deps;
  return router().openapi(exportRoute, async (c) => {
    requireOwner(c);
    const now = clock.now();
    await auditChange(deps, c, 'workspace.export', 'export');
    const { chunks } = exportArchive({
      // On PostgreSQL, one of the pool's connections while the archive streams.
      database: sqliteOf(deps.db)
        ? { sqliteFile: config.databaseFile }
        : { postgres: sqlOf(deps.db) },
      dataDir: config.dataDir,
      now,
    });
    const body = toWebStream(chunks, (error) =>
      log.error('export failed while streaming', { error: String(error) }),
    );
    return c.body(body, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="ringflow-export-${now.toISOString().slice(0, 10)}.zip"`,
      'Cache-Control': 'no-store',
    });
  });
}
