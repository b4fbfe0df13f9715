import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { ServerDeps } from './deps.js';

export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the app over real HTTP. Port 0 picks a free port (tests).
 *
 * @example
 * const server = await startServer(deps);
 * await fetch(`${server.url}/healthz`);
 * await server.close();
 */
export function startServer(deps: ServerDeps): Promise<RunningServer> {
  const app = createApp(deps);
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, port: deps.config.port, hostname: deps.config.host },
      (info: AddressInfo) => {
        // Node closes an idle keep-alive connection after 5 s; a load balancer or Twilio that
        // reuses it at that moment gets a reset instead of an answer. Idle connections stay
        // longer than the usual 60 s of load balancers, so they are the ones to close first.
        if ('keepAliveTimeout' in server) {
          server.keepAliveTimeout = 65_000;
          server.headersTimeout = 66_000;
        }
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          port: info.port,
          url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${info.port}`,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              // Keep-alive connections would hold close() open until they time out.
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
  });
}
