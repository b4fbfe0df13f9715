import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, apiHarness } from './api-harness.js';

let h: ApiHarness;
beforeEach(async () => {
  h = await apiHarness();
});
afterEach(() => h.close());

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with the cookie and bearer schemes, served under /api', async () => {
    const { status, body } = await h.send('GET', '/openapi.json', undefined, 'none');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(body.servers).toEqual([{ url: '/api' }]);
    expect(body.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: 'rf_session' },
      csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      bearer: { type: 'http', scheme: 'bearer' },
    });
    expect(body.security).toEqual([{ session: [], csrf: [] }, { bearer: [] }]);
    for (const name of [
      'Error',
      'Member',
      'Schedule',
      'PhoneNumber',
      'Flow',
      'FlowDocument',
      'Revision',
      'Finding',
      'Call',
    ]) {
      expect(body.components.schemas).toHaveProperty(name);
    }
  });

  it('documents 401 on protected operations and none on login', async () => {
    const { body } = await h.send('GET', '/openapi.json', undefined, 'none');
    expect(body.paths['/members'].get.responses['401'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Error',
    });
    expect(body.paths['/auth/login'].post.security).toEqual([]);
    expect(body.paths['/auth/login'].post.responses['401']).toBeDefined();
  });

  it('describes only URLs that exist: each operation reaches its handler', async () => {
    const { body } = await h.send('GET', '/openapi.json', undefined, 'none');
    for (const [path, item] of Object.entries(
      body.paths as Record<string, Record<string, unknown>>,
    )) {
      for (const method of Object.keys(item)) {
        const url = path.replace(/\{number\}/g, '1').replace(/\{[^}]+\}/g, 'x');
        const res = await h.send(method.toUpperCase(), url, method === 'get' ? undefined : {});
        expect({ method, path, code: res.body?.error?.code }).not.toEqual({
          method,
          path,
          code: 'no_route',
        });
        expect(res.status).toBeLessThan(500);
      }
    }
  });
});
