import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../src/db/audit.js';
import { createNumber } from '../src/db/numbers.js';
import type { Connection } from '../src/db/sql/connection.js';
import { type ApiHarness, apiHarness, OWNER } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

let h: ApiHarness<Connection>;
let numberId: string;

const fieldPaths = (body: { error: { fields?: Array<{ path: string }> } }) =>
  body.error.fields?.map((f) => f.path);

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
    numberId = (
      await createNumber(
        h.db,
        {
          number: '+14155550100',
          name: 'Main line',
          flowId: null,
          scheduleId: null,
          businessName: '',
        },
        h.clock.now().toISOString(),
      )
    ).id;
  });
  afterEach(() => h.close());

  describe('/me/notifications', () => {
    it('starts with voicemail e-mails on for every number, and says what e-mail still needs', async () => {
      const res = await h.send('GET', '/me/notifications');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        email: { 'voicemail.new': true, 'call.missed': false, 'message.received': false },
        numberIds: null,
        address: OWNER.email,
        emailReady: false,
        emailProblem: expect.stringContaining('SMTP_URL and MAIL_FROM are not set'),
      });
    });

    it("keeps each user's own choices", async () => {
      const put = await h.send('PUT', '/me/notifications', {
        email: { 'voicemail.new': false, 'call.missed': true, 'message.received': true },
        numberIds: [numberId, numberId],
      });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({
        email: { 'voicemail.new': false, 'call.missed': true, 'message.received': true },
        numberIds: [numberId],
      });
      expect((await h.send('GET', '/me/notifications')).body.numberIds).toEqual([numberId]);
      await h.addUser('admin', 'ann@example.com');
      const ann = await h.login('ann@example.com');
      const hers = await h.send('GET', '/me/notifications', undefined, { cookie: ann.cookie });
      expect(hers.body).toMatchObject({ address: 'ann@example.com', numberIds: null });
    });

    it('names the bad fields in a 400, and needs credentials', async () => {
      const unknown = await h.send('PUT', '/me/notifications', {
        email: { 'voicemail.new': true, 'call.missed': false, 'message.received': false },
        numberIds: [numberId, 'num_nope'],
      });
      expect(unknown.status).toBe(400);
      expect(fieldPaths(unknown.body)).toEqual(['numberIds.1']);
      const missing = await h.send('PUT', '/me/notifications', {
        email: { 'voicemail.new': 'yes' },
        numberIds: null,
      });
      expect(missing.status).toBe(400);
      expect(fieldPaths(missing.body)).toEqual(
        expect.arrayContaining(['email.voicemail.new', 'email.call.missed']),
      );
      expect((await h.send('GET', '/me/notifications', undefined, 'none')).status).toBe(401);
    });
  });

  describe('/numbers/{id}/notifications', () => {
    it('sets and clears Slack, audited without the URL', async () => {
      const empty = await h.send('GET', `/numbers/${numberId}/notifications`);
      expect(empty.body).toEqual({
        slack: { url: null, events: ['voicemail.new', 'call.missed'] },
        deliveries: [],
      });
      const url = 'https://hooks.slack.com/services/T000/B000/XXXX';
      const put = await h.send('PUT', `/numbers/${numberId}/notifications`, {
        slack: { url, events: ['voicemail.new', 'message.received', 'voicemail.new'] },
      });
      expect(put.status).toBe(200);
      expect(put.body.slack).toEqual({ url, events: ['voicemail.new', 'message.received'] });
      await h.send('PUT', `/numbers/${numberId}/notifications`, {
        slack: { url: null, events: ['voicemail.new'] },
      });
      const audit = (await listAudit(h.db, { limit: 5 })).filter(
        (e) => e.action === 'number.slack',
      );
      expect(audit.map((e) => e.detail)).toEqual([
        { slack: false, urlChanged: true, events: ['voicemail.new'] },
        { slack: true, urlChanged: true, events: ['voicemail.new', 'message.received'] },
      ]);
      expect(JSON.stringify(audit)).not.toContain('hooks.slack.com');
    });

    it('refuses a non-http URL or no events, naming the field; 404 for an unknown number', async () => {
      const ftp = await h.send('PUT', `/numbers/${numberId}/notifications`, {
        slack: { url: 'ftp://example.com/x', events: ['voicemail.new'] },
      });
      expect(ftp.status).toBe(400);
      expect(fieldPaths(ftp.body)).toEqual(['slack.url']);
      const none = await h.send('PUT', `/numbers/${numberId}/notifications`, {
        slack: { url: 'https://hooks.slack.com/services/T/B/X', events: [] },
      });
      expect(none.status).toBe(400);
      expect(fieldPaths(none.body)).toEqual(['slack.events']);
      const bad = await h.send('PUT', `/numbers/${numberId}/notifications`, {
        slack: { url: null, events: ['voicemail.heard'] },
      });
      expect(fieldPaths(bad.body)).toEqual(['slack.events.0']);
      expect((await h.send('GET', '/numbers/num_nope/notifications')).status).toBe(404);
      const test = await h.send('POST', `/numbers/${numberId}/notifications/slack/test`);
      expect(test.status).toBe(400);
      expect(fieldPaths(test.body)).toEqual(['slack.url']);
      expect(
        (await h.send('GET', `/numbers/${numberId}/notifications`, undefined, 'none')).status,
      ).toBe(401);
    });
  });

  describe('/webhooks', () => {
    it('creates, lists, changes and deletes endpoints with a generated secret, audited', async () => {
      const created = await h.send('POST', '/webhooks', {
        url: 'https://crm.example.com/hooks/ringflow',
        events: ['voicemail.new'],
      });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.stringMatching(/^whk_/),
        url: 'https://crm.example.com/hooks/ringflow',
        description: '',
        numberId: null,
        events: ['voicemail.new'],
        active: true,
        secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/),
        createdAt: '2026-11-23T15:00:00.000Z',
        lastDelivery: null,
      });
      const { id } = created.body;
      const patched = await h.send('PATCH', `/webhooks/${id}`, {
        numberId,
        description: 'Tickets',
        active: false,
      });
      expect(patched.body).toMatchObject({ numberId, description: 'Tickets', active: false });
      expect(patched.body.secret).toBe(created.body.secret);
      expect((await h.send('GET', '/webhooks')).body.webhooks).toHaveLength(1);
      expect((await h.send('GET', `/webhooks/${id}/deliveries`)).body).toEqual({ deliveries: [] });
      expect((await h.send('DELETE', `/webhooks/${id}`)).status).toBe(204);
      expect((await h.send('DELETE', `/webhooks/${id}`)).status).toBe(404);
      expect((await h.send('POST', `/webhooks/${id}/test`)).status).toBe(404);
      const actions = (await listAudit(h.db, { limit: 5 })).map((e) => e.action);
      expect(actions).toEqual(['webhook.delete', 'webhook.update', 'webhook.create']);
      expect(JSON.stringify(await listAudit(h.db, { limit: 5 }))).not.toContain('whsec_');
    });

    it('names the bad fields in a 400, and needs credentials', async () => {
      const url = await h.send('POST', '/webhooks', {
        url: 'javascript:alert(1)',
        events: ['voicemail.new'],
      });
      expect(url.status).toBe(400);
      expect(fieldPaths(url.body)).toEqual(['url']);
      const events = await h.send('POST', '/webhooks', {
        url: 'https://x.example.com',
        events: [],
      });
      expect(fieldPaths(events.body)).toEqual(['events']);
      const number = await h.send('POST', '/webhooks', {
        url: 'http://127.0.0.1:9/hook',
        numberId: 'num_nope',
        events: ['call.missed'],
      });
      expect(number.status).toBe(400);
      expect(fieldPaths(number.body)).toEqual(['numberId']);
      const created = await h.send('POST', '/webhooks', {
        url: 'http://127.0.0.1:9/hook',
        events: ['call.missed'],
      });
      const patch = await h.send('PATCH', `/webhooks/${created.body.id}`, { url: 'mailto:a@b.c' });
      expect(fieldPaths(patch.body)).toEqual(['url']);
      expect((await h.send('GET', '/webhooks', undefined, 'none')).status).toBe(401);
      expect(
        (
          await h.send(
            'POST',
            '/webhooks',
            { url: 'https://x.example.com', events: ['call.missed'] },
            'none',
          )
        ).status,
      ).toBe(401);
    });
  });
});
