/**
 * @module
 * Health checks for load balancers and orchestrators. `/healthz` says the
 * process is alive (it reads, never writes); `/readyz` says it can take a
 * call now (it writes), and answers 503 with the reason when it cannot, so
 * traffic goes elsewhere while the process itself is left running.
 */
import { Hono } from 'hono';
import pkg from '../../package.json' with { type: 'json' };
import { schemaVersion } from '../db/health.js';
import type { ServerDeps } from '../deps.js';
import { readinessProbe } from './readiness.js';

const VERSION: string = pkg.version;

/**
 * @example
 * app.route('/', healthRoutes(deps));
 * await app.request('/readyz'); // 200 { ok: true, ... } or 503 { ok: false, reason }
 */
export function healthRoutes(deps: ServerDeps): Hono {
  const app = new Hono();
  const readiness = readinessProbe(deps);

  app.get('/healthz', async (c) => {
    try {
      const schema = await schemaVersion(deps.db);
      return c.json({ ok: true, version: VERSION, database: { ok: true, schemaVersion: schema } });
    } catch (error) {
      deps.log.error('health check: database unavailable', { error: String(error) });
      return c.json(
        { ok: false, version: VERSION, database: { ok: false, error: 'unavailable' } },
        503,
      );
    }
  });

  app.get('/readyz', async (c) => {
    const ready = await readiness.check();
    return c.json({ version: VERSION, ...ready }, ready.ok ? 200 : 503);
  });
  return app;
}
