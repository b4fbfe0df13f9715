import { describe, expect, it } from 'vitest';
import { checkUserDraft, ownerCount } from './users.js';

describe('a new account before it is sent', () => {
  it('names each field the server would refuse', () => {
    expect(
      checkUserDraft({ name: ' ', email: 'ann@', role: 'admin', password: 'short' }).errors,
    ).toEqual({
      name: 'Give a name',
      email: 'Give an e-mail address',
      password: 'Use at least 8 characters',
    });
  });

  it('trims the name and e-mail and keeps the password as typed', () => {
    const { body, errors } = checkUserDraft({
      name: ' Ann ',
      email: ' ann@example.com ',
      role: 'owner',
      password: ' long enough ',
    });
    expect(errors).toEqual({});
    expect(body).toEqual({
      name: 'Ann',
      email: 'ann@example.com',
      role: 'owner',
      password: ' long enough ',
    });
  });

  it('counts the owners', () => {
    const user = { id: 'u', email: 'a@b.c', name: 'A', createdAt: '', lastSignInAt: null };
    expect(
      ownerCount([
        { ...user, role: 'owner' },
        { ...user, role: 'admin' },
      ]),
    ).toBe(1);
  });
});
