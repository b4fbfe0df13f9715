import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { httpRequest } from '../src/http/client.js';

/** What a local server received: method, path, headers and body of each request. */
interface Received {
  method: string;
  path: string;
  authorization: string | null;
  contentType: string | null;
  body: string;
}

const servers: (Server | HttpsServer)[] = [];

/** Closes the servers started so far, so their ports refuse connections. */
async function closeServers() {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
}
afterEach(closeServers);

/** A real HTTP server on 127.0.0.1 that records each request and answers with `handle`. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const received: Received[] = [];
  const sockets = new Set<unknown>();
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization ?? null,
        contentType: req.headers['content-type'] ?? null,
        body,
      });
      handle(req, res, body);
    });
  });
  server.on('connection', (socket) => sockets.add(socket));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, connections: () => sockets.size };
}

const AUTH = { Authorization: 'Basic c2VjcmV0' };

describe('httpRequest', () => {
  it('sends the method, headers and body, and gives back the status, headers and bytes whole', async () => {
    const bytes = Buffer.from([0, 255, 1, 254, 82, 73, 70, 70]);
    const api = await serve((_req, res) => {
      res.writeHead(201, { 'Content-Type': 'audio/x-wav', 'X-Twice': ['a', 'b'] });
      res.end(bytes);
    });
    const answer = await httpRequest(`${api.url}/Messages.json`, {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'To=%2B1415&Body=caf%C3%A9',
      timeoutMs: 5000,
    });
    expect(answer.status).toBe(201);
    expect(answer.ok).toBe(true);
    expect(answer.body.equals(bytes)).toBe(true);
    expect(answer.header('content-type')).toBe('audio/x-wav');
    expect(answer.header('X-Twice')).toBe('a, b');
    expect(answer.header('x-missing')).toBeNull();
    expect(api.received).toEqual([
      {
        method: 'POST',
        path: '/Messages.json',
        authorization: 'Basic c2VjcmV0',
        contentType: 'application/x-www-form-urlencoded',
        body: 'To=%2B1415&Body=caf%C3%A9',
      },
    ]);
  });

  it('answers any status as an answer, and keeps the connection for the next request', async () => {
    const api = await serve((_req, res) => {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end('{"message":"not here"}');
    });
    const first = await httpRequest(`${api.url}/a`, { timeoutMs: 5000 });
    const second = await httpRequest(`${api.url}/b`, { method: 'DELETE', timeoutMs: 5000 });
    expect([first.status, first.ok, JSON.parse(first.text()).message]).toEqual([
      404,
      false,
      'not here',
    ]);
    expect(second.status).toBe(404);
    expect(api.connections()).toBe(1);
  });

  it('follows redirects as fetch does: credentials stay within the origin, 303 becomes a GET', async () => {
    const media = await serve((_req, res) => res.end('audio'));
    const api = await serve((req, res) => {
      if (req.url === '/same') res.writeHead(302, { Location: '/moved' }).end();
      else if (req.url === '/away') res.writeHead(302, { Location: `${media.url}/file.wav` }).end();
      else if (req.url === '/see-other') res.writeHead(303, { Location: '/result' }).end();
      else if (req.url === '/temporary') res.writeHead(307, { Location: '/again' }).end();
      else res.end(`${req.method} ${req.url}`);
    });
    const get = (path: string) =>
      httpRequest(`${api.url}${path}`, { headers: AUTH, timeoutMs: 5000 });
    const post = (path: string) =>
      httpRequest(`${api.url}${path}`, {
        method: 'POST',
        headers: { ...AUTH, 'Content-Type': 'text/plain' },
        body: 'hello',
        timeoutMs: 5000,
      });

    expect((await get('/same')).text()).toBe('GET /moved');
    expect(api.received.at(-1)?.authorization).toBe('Basic c2VjcmV0');

    expect((await get('/away')).text()).toBe('audio');
    expect(media.received).toEqual([
      { method: 'GET', path: '/file.wav', authorization: null, contentType: null, body: '' },
    ]);

    expect((await post('/see-other')).text()).toBe('GET /result');
    expect(api.received.at(-1)).toMatchObject({ method: 'GET', body: '', contentType: null });

    expect((await post('/temporary')).text()).toBe('POST /again');
    expect(api.received.at(-1)).toMatchObject({ method: 'POST', body: 'hello' });
  });

  it('answers a redirect as it is when asked not to follow it (a signed POST goes nowhere else)', async () => {
    const elsewhere = await serve((_req, res) => res.end('should not be reached'));
    const api = await serve((_req, res) => res.writeHead(302, { Location: elsewhere.url }).end());
    const answer = await httpRequest(`${api.url}/hook`, {
      method: 'POST',
      body: '{}',
      redirects: 'manual',
      timeoutMs: 5000,
    });
    expect([answer.status, answer.ok, answer.header('location')]).toEqual([
      302,
      false,
      elsewhere.url,
    ]);
    expect(elsewhere.received).toEqual([]);
  });

  it('refuses a redirect loop and a redirect away from HTTP', async () => {
    const api = await serve((req, res) => {
      if (req.url === '/ftp') res.writeHead(302, { Location: 'ftp://example.test/x' }).end();
      else res.writeHead(302, { Location: '/loop' }).end();
    });
    await expect(httpRequest(`${api.url}/loop`, { timeoutMs: 5000 })).rejects.toThrow(
      /More than 5 redirects/,
    );
    expect(api.received).toHaveLength(6);
    await expect(httpRequest(`${api.url}/ftp`, { timeoutMs: 5000 })).rejects.toThrow(
      /to a ftp: URL/,
    );
  });

  it('gives up at the deadline, whether the answer never starts or stops half way', async () => {
    const api = await serve((req, res) => {
      if (req.url === '/half') {
        res.writeHead(200, { 'Content-Length': '100' });
        res.write('only part of it');
      }
      // '/silent': never answered
    });
    for (const path of ['/silent', '/half']) {
      const error = await httpRequest(`${api.url}${path}`, { timeoutMs: 150 }).catch((e) => e);
      expect(error).toBeInstanceOf(Error);
      expect([error.name, error.message]).toEqual(['TimeoutError', 'No answer within 150 ms']);
    }
  });

  it('rejects with the network error when nothing listens', async () => {
    const api = await serve((_req, res) => res.end());
    const url = api.url;
    await closeServers();
    const error = await httpRequest(`${url}/x`, { timeoutMs: 5000 }).catch((e) => e);
    expect(error.code).toBe('ECONNREFUSED');
  });

  it("checks an HTTPS server's certificate: one it cannot verify is refused before anything is sent", async () => {
    // A self-signed certificate for 127.0.0.1 (test/fixtures/tls), trusted by nobody.
    const tls = (name: string) =>
      readFileSync(new URL(`../../test/fixtures/tls/${name}`, import.meta.url));
    let requests = 0;
    const server = createHttpsServer(
      { key: tls('self-signed.key'), cert: tls('self-signed.crt') },
      (_req, res) => {
        requests++;
        res.end('not to be trusted');
      },
    );
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/Messages.json`;
    const error = await httpRequest(url, {
      method: 'POST',
      headers: AUTH,
      body: 'To=1',
      timeoutMs: 5000,
    }).catch((e) => e);
    expect(error.code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(requests).toBe(0);
  });

  it('rejects when the connection closes before the whole answer', async () => {
    const api = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Length': '100' });
      res.write('part', () => res.socket?.destroy());
    });
    const error = await httpRequest(`${api.url}/x`, { timeoutMs: 5000 }).catch((e) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).not.toBe('TimeoutError');
  });
});
