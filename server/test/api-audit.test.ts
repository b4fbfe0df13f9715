/**
 * The audit log over the admin API: every change records who made it, only
 * owners read it, newest first, a page at a time and filtered by action.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listAudit } from '../src/db/audit.js';
import { saveLoginThrottle } from '../src/db/login-throttles.js';
import type { Connection } from '../src/db/sql/connection.js';
import { type ApiHarness, apiHarness, type Sent } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

vi.setConfig({ testTimeout: 30_000 });

let h: ApiHarness<Connection>;

const ALICE = { name: 'Alice', addresses: ['+14155550101'] };
const newId = async (path: string, body: unknown) => (await h.send('POST', path, body)).body.id;

interface Change {
  route: string;
  action: string;
  /** Makes the change as the owner; what it returns is the answer to check. */
  run(): Promise<Sent>;
}

/** Changes made here, each checked for its audit entry. */
const CHANGES: Change[] = [
  { route: 'POST /members', action: 'member.create', run: () => h.send('POST', '/members', ALICE) },
  {
    route: 'PATCH /members/{id}',
    action: 'member.update',
    run: async () => h.send('PATCH', `/members/${await newId('/members', ALICE)}`, { name: 'Al' }),
  },
  {
    route: 'POST /members/{id}/dnd',
    action: 'member.dnd',
    run: async () =>
      h.send('POST', `/members/${await newId('/members', ALICE)}/dnd`, { minutes: 60 }),
  },
  {
    route: 'DELETE /members/{id}',
    action: 'member.delete',
    run: async () => h.send('DELETE', `/members/${await newId('/members', ALICE)}`),
  },
  {
    route: 'POST /tokens',
    action: 'token.create',
    run: () => h.send('POST', '/tokens', { name: 'ci' }),
  },
  {
    route: 'DELETE /tokens/{id}',
    action: 'token.delete',
    run: async () => {
      const created = await h.send('POST', '/tokens', { name: 'ci' });
      return h.send('DELETE', `/tokens/${created.body.id}`);
    },
  },
  {
    route: 'POST /users',
    action: 'user.create',
    run: () =>
      h.send('POST', '/users', { email: 'ann@example.com', name: 'Ann', password: 'long enough' }),
  },
  {
    route: 'PATCH /users/{id}',
    action: 'user.role',
    run: async () =>
      h.send('PATCH', `/users/${(await h.addUser('admin', 'ann@example.com')).id}`, {
        role: 'owner',
      }),
  },
  {
    route: 'DELETE /users/{id}',
    action: 'user.delete',
    run: async () => h.send('DELETE', `/users/${(await h.addUser('admin', 'ann@example.com')).id}`),
  },
  {
    route: 'PUT /settings/retention',
    action: 'settings.retention',
    run: () =>
      h.send('PUT', '/settings/retention', { voicemailDays: 30, callDays: 60, messageDays: 30 }),
  },
  {
    route: 'PUT /me/notifications',
    action: 'user.notifications',
    run: () =>
      h.send('PUT', '/me/notifications', {
        email: { 'voicemail.new': false, 'call.missed': true, 'message.received': true },
        numberIds: null,
      }),
  },
  {
    route: 'POST /webhooks',
    action: 'webhook.create',
    run: () =>
      h.send('POST', '/webhooks', { url: 'https://crm.example.com/hook', events: ['call.missed'] }),
  },
  {
    route: 'PATCH /webhooks/{id}',
    action: 'webhook.update',
    run: async () => {
      const id = await newId('/webhooks', {
        url: 'https://crm.example.com/h',
        events: ['call.missed'],
      });
      return h.send('PATCH', `/webhooks/${id}`, { active: false });
    },
  },
  {
    route: 'DELETE /webhooks/{id}',
    action: 'webhook.delete',
    run: async () => {
      const id = await newId('/webhooks', {
        url: 'https://crm.example.com/h',
        events: ['call.missed'],
      });
      return h.send('DELETE', `/webhooks/${id}`);
    },
  },
  {
    route: 'DELETE /auth/locks/{key}',
    action: 'auth.unlock',
    run: async () => {
      const at = h.clock.now().toISOString();
      await saveLoginThrottle(h.db, {
        key: 'account:ann@example.com',
        failures: 20,
        lastFailureAt: at,
        blockedUntil: '2026-11-23T15:15:00.000Z',
        lockedUntil: '2026-11-23T15:15:00.000Z',
      });
      return h.send('DELETE', `/auth/locks/${encodeURIComponent('account:ann@example.com')}`);
    },
  },
  {
    route: 'POST /auth/logout',
    action: 'auth.logout',
    run: async () => h.send('POST', '/auth/logout', undefined, await h.login()),
  },
];

/** Audited, and checked by the routes' own test files: the action names the handler writes. */
const AUDITED_ELSEWHERE: Record<string, string> = {
  'POST /flows': 'flow.create',
  'PUT /flows/{id}/draft': 'flow.save-draft',
  'DELETE /flows/{id}': 'flow.delete',
  'POST /flows/{id}/publish': 'flow.publish',
  'POST /flows/{id}/rollback': 'flow.rollback',
  'POST /flows/{id}/scenarios': 'scenario.create',
  'PUT /flows/{id}/scenarios/{scenarioId}': 'scenario.update',
  'DELETE /flows/{id}/scenarios/{scenarioId}': 'scenario.delete',
  'POST /schedules': 'schedule.create',
  'PUT /schedules/{id}': 'schedule.update',
  'DELETE /schedules/{id}': 'schedule.delete',
  'POST /numbers': 'number.create',
  'PATCH /numbers/{id}': 'number.update',
  'DELETE /numbers/{id}': 'number.delete',
  'PUT /numbers/{id}/auto-replies': 'auto-replies.update',
  'DELETE /numbers/{id}/auto-replies/{ruleId}': 'auto-replies.delete',
  'POST /numbers/{id}/messages': 'message.send',
  'PUT /numbers/{id}/notifications': 'number.slack',
  'PUT /numbers/{id}/speech': 'number.speech',
  'POST /greetings': 'greeting.create',
  'POST /greetings/tts': 'greeting.create',
  'PATCH /greetings/{id}': 'greeting.update',
  'PUT /greetings/{id}/audio': 'greeting.replace',
  'DELETE /greetings/{id}': 'greeting.delete',
  'PATCH /voicemails/{id}': 'voicemail.update',
  'POST /voicemails/{id}/comments': 'voicemail.comment',
  'PATCH /voicemails/{id}/transcript': 'voicemail.transcript',
  'DELETE /voicemails/{id}': 'voicemail.delete',
};

/** Requests that change no setting: why each is not in the log. */
const NOT_CHANGES: Record<string, string> = {
  'POST /auth/login': 'writes auth.login or auth.login_failed itself (api-login-throttle.test.ts)',
  'POST /flows/{id}/scenarios/run': 'runs saved scenarios; stores nothing',
  'POST /flows/{id}/scenarios/generate': 'proposes scenarios; stores nothing',
  'POST /numbers/{id}/notifications/slack/test': 'sends a test message, kept as a delivery',
  'POST /webhooks/{id}/test': 'sends a test delivery, kept as a delivery',
  'POST /speech/preview': 'synthesises a prompt to listen to; changes no setting',
  'POST /voicemails/{id}/read': "the caller's own read mark",
  'DELETE /voicemails/{id}/read': "the caller's own read mark",
};

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
  });
  afterEach(() => h.close());

  describe('every change', () => {
    it.each(CHANGES)('$route writes $action by the caller', async ({ run, action }) => {
      const res = await run();
      expect(res.status, res.text).toBeLessThan(300);
      const entries = await listAudit(h.db, { limit: 10, action });
      expect(entries.length).toBeGreaterThan(0);
      expect(entries[0]?.userId).toBe(h.owner.id);
    });

    it('is accounted for: each changing route is audited, or says why not', async () => {
      const doc = (await h.send('GET', '/openapi.json', undefined, 'none')).body;
      const changing = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
        .flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`))
        .filter((route) => !route.startsWith('GET '))
        .sort();
      const known = [
        ...CHANGES.map((c) => c.route),
        ...Object.keys(AUDITED_ELSEWHERE),
        ...Object.keys(NOT_CHANGES),
      ].sort();
      expect(changing).toEqual(known);
      const sources = join(import.meta.dirname, '../src/api');
      const code = readdirSync(sources)
        .map((f) => readFileSync(join(sources, f), 'utf8'))
        .join('\n');
      for (const action of Object.values(AUDITED_ELSEWHERE)) {
        expect(code, action).toContain(`'${action}'`);
      }
    });
  });

  describe('GET /audit', () => {
    it('is for owners only', async () => {
      await h.addUser('admin', 'ann@example.com');
      const ann = await h.login('ann@example.com');
      const res = await h.send('GET', '/audit', undefined, ann);
      expect(res.status).toBe(403);
      expect((await h.send('GET', '/audit')).status).toBe(200);
    });

    it('pages newest first and filters by action or family', async () => {
      for (const name of ['A', 'B', 'C']) await h.send('POST', '/members', { ...ALICE, name });
      await h.send('POST', '/tokens', { name: 'ci' });
      const first = await h.send('GET', '/audit?limit=2');
      expect(first.body.entries.map((e: { action: string }) => e.action)).toEqual([
        'token.create',
        'member.create',
      ]);
      expect(first.body.actions).toEqual(['member.create', 'token.create']);
      const next = await h.send('GET', `/audit?limit=2&before=${first.body.nextBefore}`);
      expect(next.body.entries.map((e: { detail: { name: string } }) => e.detail.name)).toEqual(
        ['A', 'B'].reverse(),
      );
      const last = await h.send('GET', `/audit?limit=2&before=${next.body.entries[1].id}`);
      expect(last.body.nextBefore).toBeNull();
      const members = await h.send('GET', '/audit?action=member.create');
      expect(members.body.entries).toHaveLength(3);
      const family = await h.send('GET', '/audit?action=member.*');
      expect(family.body.entries).toHaveLength(3);
      expect((await h.send('GET', '/audit?action=member')).body.entries).toHaveLength(0);
      const bad = await h.send('GET', '/audit?action=drop%20table');
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields[0].path).toBe('action');
    });
  });
});
