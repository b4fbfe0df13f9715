import { describe, expect, it } from 'vitest';
import { actionChoices, auditQuery, detailText } from './audit-format.js';

describe('audit page helpers', () => {
  it('builds the query of a page, with the filter and the page before', () => {
    expect(auditQuery('')).toBe('/audit?limit=50');
    expect(auditQuery('auth.*', 120)).toBe('/audit?limit=50&action=auth.*&before=120');
  });

  it('offers each family of several actions, then every action', () => {
    expect(actionChoices(['auth.login', 'auth.login_failed', 'flow.publish'])).toEqual([
      'auth.*',
      'auth.login',
      'auth.login_failed',
      'flow.publish',
    ]);
  });

  it('writes the detail on one line', () => {
    expect(detailText({ address: '203.0.113.5', failures: 6, events: ['call.missed'] })).toBe(
      'address: 203.0.113.5, failures: 6, events: ["call.missed"]',
    );
    expect(detailText(null)).toBe('');
  });
});
