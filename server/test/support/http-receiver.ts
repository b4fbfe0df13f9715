/**
 * @module
 * A local HTTP receiver on 127.0.0.1 for Slack and webhook deliveries: it
 * keeps each request (headers and raw body) and answers 200, or what the
 * test planned for the next requests, or what its `check` says.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** What the receiver answered. */
  status: number;
}

export interface HttpReceiver {
  url: string;
  requests: ReceivedRequest[];
  /** The next `count` requests get `status`. */
  answerNext(count: number, status: number): void;
  close(): Promise<void>;
}

/**
 * @example
 * const slack = await startHttpReceiver();
 * const hooks = await startHttpReceiver((req) => (verify(req) ? 200 : 401));
 */
export async function startHttpReceiver(
  check?: (request: Omit<ReceivedRequest, 'status'>) => number,
): Promise<HttpReceiver> {
  const requests: ReceivedRequest[] = [];
  const planned: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const status = planned.shift() ?? check?.(request) ?? 200;
      requests.push({ ...request, status });
      res.writeHead(status, { 'Content-Type': 'text/plain' });
      res.end(status < 300 ? 'ok' : `planned ${status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answerNext(count, status) {
      for (let i = 0; i < count; i++) planned.push(status);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
