import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { submitOnce } from './submit-form.js';

describe('submitOnce', () => {
  it('sends nothing while the browser check finds a field wrong', async () => {
    let sent = 0;
    const outcome = await submitOnce(
      () => ({ name: 'Give a name' }),
      async () => {
        sent += 1;
      },
    );
    expect(sent).toBe(0);
    expect(outcome).toEqual({ errors: { name: 'Give a name' }, failure: null });
  });

  it('puts the fields a 400 names under those fields, by path', async () => {
    const outcome = await submitOnce(
      () => ({}),
      () =>
        Promise.reject(
          new ApiError(400, 'addresses.1: Use +1…', 'invalid_request', [
            { path: 'addresses.1', message: 'Use +1…' },
          ]),
        ),
    );
    expect(outcome).toEqual({ errors: { 'addresses.1': 'Use +1…' }, failure: null });
  });

  it('keeps a refusal that names no field as one message', async () => {
    const outcome = await submitOnce(
      () => ({}),
      () => Promise.reject(new ApiError(409, 'The number is used by Main line', 'conflict')),
    );
    expect(outcome).toEqual({ errors: {}, failure: 'The number is used by Main line' });
  });

  it('keeps the message when the fields it names are not on the form', async () => {
    const outcome = await submitOnce(
      () => ({}),
      () =>
        Promise.reject(
          new ApiError(400, 'rules: Too many rules', 'invalid_request', [
            { path: 'rules', message: 'Too many rules' },
          ]),
        ),
      (path) => path.startsWith('guards.'),
    );
    expect(outcome.failure).toBe('rules: Too many rules');
  });

  it('hands back what the server answered', async () => {
    const outcome = await submitOnce(
      () => ({}),
      async () => ({ id: 'm1' }),
    );
    expect(outcome).toEqual({ result: { id: 'm1' }, errors: {}, failure: null });
  });
});
