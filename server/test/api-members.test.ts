import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../src/db/audit.js';
import type { Connection } from '../src/db/sql/connection.js';
import { type ApiHarness, apiHarness } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

let h: ApiHarness<Connection>;

const alice = {
  id: 'alice',
  name: 'Alice',
  addresses: ['+14155550101', 'sip:alice@example.com', 'client:alice'],
};

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
  });
  afterEach(() => h.close());

  describe('team members', () => {
    it('creates, lists, reads, changes and removes a member, auditing each change', async () => {
      const created = await h.send('POST', '/members', alice);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        ...alice,
        dndUntil: null,
        createdAt: '2026-11-23T15:00:00.000Z',
      });
      expect(
        (await h.send('GET', '/members')).body.members.map((m: { id: string }) => m.id),
      ).toEqual(['alice']);
      h.clock.advance(1000);
      const patched = await h.send('PATCH', '/members/alice', { name: 'Alice B.' });
      expect(patched.body).toMatchObject({
        name: 'Alice B.',
        addresses: alice.addresses,
        updatedAt: '2026-11-23T15:00:01.000Z',
      });
      expect((await h.send('GET', '/members/alice')).body.name).toBe('Alice B.');
      expect((await h.send('DELETE', '/members/alice')).status).toBe(204);
      expect((await h.send('GET', '/members/alice')).status).toBe(404);
      const actions = (await listAudit(h.db, { limit: 10 })).map(
        (e) => `${e.action} ${e.subject} ${e.userName}`,
      );
      expect(actions).toEqual([
        'member.delete alice owner',
        'member.update alice owner',
        'member.create alice owner',
      ]);
    });

    it('generates an id unless one is given, and refuses a taken one', async () => {
      const created = await h.send('POST', '/members', {
        name: 'Bob',
        addresses: ['+14155550102'],
      });
      expect(created.body.id).toMatch(/^mem_/);
      await h.send('POST', '/members', alice);
      expect((await h.send('POST', '/members', alice)).status).toBe(409);
    });

    it('names each bad field in a 400', async () => {
      const res = await h.send('POST', '/members', {
        name: ' ',
        addresses: ['+1415555010x'],
        adresses: [],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
      expect(res.body.error.fields).toEqual([
        { path: 'name', message: 'Give a name' },
        { path: 'addresses.0', message: expect.stringContaining('international number') },
        { path: 'adresses', message: expect.stringContaining('Unknown field') },
      ]);
      expect(res.body.error.message).toBe('name: Give a name (and 2 more)');
    });

    it('stores numbers typed in the national format in E.164, SIP addresses as typed', async () => {
      const res = await h.send('POST', '/members', {
        name: 'Dana',
        addresses: ['(415) 555-0101', ' sip:Dana@example.com '],
      });
      expect(res.status).toBe(201);
      expect(res.body.addresses).toEqual(['+14155550101', 'sip:Dana@example.com']);
      const patched = await h.send('PATCH', `/members/${res.body.id}`, {
        addresses: ['415-555-0102'],
      });
      expect(patched.body.addresses).toEqual(['+14155550102']);
    });

    it('refuses the same address twice, after normalisation, naming the second', async () => {
      const res = await h.send('POST', '/members', {
        name: 'Dana',
        addresses: ['+14155550101', '(415) 555-0101'],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual([
        { path: 'addresses.1', message: '+14155550101 is already address 1' },
      ]);
      const patch = await h.send('POST', '/members', alice);
      expect(patch.status).toBe(201);
      const dup = await h.send('PATCH', '/members/alice', {
        addresses: ['sip:a@example.com', 'sip:b@example.com', 'sip:a@example.com'],
      });
      expect(dup.body.error.fields).toEqual([
        { path: 'addresses.2', message: 'sip:a@example.com is already address 1' },
      ]);
    });

    it('requires at least one address, and a real instant for dndUntil', async () => {
      const none = await h.send('POST', '/members', { name: 'X', addresses: [] });
      expect(none.body.error.fields).toEqual([
        { path: 'addresses', message: 'Give at least one number or address' },
      ]);
      const missing = await h.send('POST', '/members', { name: 'X' });
      expect(missing.body.error.fields).toEqual([{ path: 'addresses', message: 'Required' }]);
      const dnd = await h.send('POST', '/members', {
        name: 'X',
        addresses: ['+14155550101'],
        dndUntil: 'tomorrow',
      });
      expect(dnd.body.error.fields[0].path).toBe('dndUntil');
    });

    it('stores dndUntil in UTC', async () => {
      const res = await h.send('POST', '/members', {
        ...alice,
        dndUntil: '2026-11-23T12:00:00-05:00',
      });
      expect(res.body.dndUntil).toBe('2026-11-23T17:00:00.000Z');
    });

    it('turns do not disturb on for some minutes from the clock, and off', async () => {
      await h.send('POST', '/members', alice);
      const on = await h.send('POST', '/members/alice/dnd', { minutes: 480 });
      expect(on.body.dndUntil).toBe('2026-11-23T23:00:00.000Z');
      const custom = await h.send('POST', '/members/alice/dnd', { minutes: 45 });
      expect(custom.body.dndUntil).toBe('2026-11-23T15:45:00.000Z');
      const off = await h.send('POST', '/members/alice/dnd', { minutes: null });
      expect(off.body.dndUntil).toBeNull();
      expect((await h.send('POST', '/members/alice/dnd', { minutes: 0 })).status).toBe(400);
      expect((await h.send('POST', '/members/nobody/dnd', { minutes: 30 })).status).toBe(404);
    });

    it('answers 404 for an unknown member', async () => {
      const res = await h.send('PATCH', '/members/nobody', { name: 'X' });
      expect(res.status).toBe(404);
      expect(res.body.error).toEqual({
        code: 'not_found',
        message: 'No team member with id "nobody"',
      });
    });

    it('refuses to remove a member that a published flow rings', async () => {
      await h.send('POST', '/members', alice);
      const document = {
        schemaVersion: 1,
        nodes: [
          { id: 'start', type: 'incoming-call', position: { x: 0, y: 0 }, data: {} },
          {
            id: 'ring',
            type: 'ring-users',
            position: { x: 0, y: 100 },
            data: { targets: [{ type: 'member', memberId: 'alice' }] },
          },
        ],
        edges: [{ id: 'e1', source: 'start', sourceHandle: 'next', target: 'ring' }],
      };
      const flow = (await h.send('POST', '/flows', { name: 'Main', document })).body;
      expect((await h.send('POST', `/flows/${flow.id}/publish`, { message: 'v1' })).status).toBe(
        201,
      );
      const res = await h.send('DELETE', '/members/alice');
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain('flow "Main" (node ring)');
    });
  });

  describe('malformed requests', () => {
    it('answers bad JSON and a missing content type in the error shape, not as a 500', async () => {
      const bad = await h.send('POST', '/members', '{"name": ');
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('invalid_json');
      const res = await h.app.request('/api/members', {
        method: 'POST',
        headers: { Authorization: `Bearer ${h.ownerToken}` },
        body: 'name=x',
      });
      expect(res.status).toBe(415);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
        'unsupported_media_type',
      );
      expect(h.log.lines.filter((l) => l.level === 'error')).toEqual([]);
    });
  });
});
