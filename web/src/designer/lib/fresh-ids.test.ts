import { describe, expect, it } from 'vitest';
import { freshIds } from './fresh-ids.js';

describe('freshIds', () => {
  it('counts on from the highest number of the prefix and skips taken ids', () => {
    const next = freshIds(['voicemail-2', 'voicemail-x', 'voicemail-3a', 'hang-up-1']);
    expect(next('voicemail')).toBe('voicemail-3');
    expect(next('voicemail')).toBe('voicemail-4');
    expect(next('ring-users')).toBe('ring-users-1');
  });
});
