import { AUTO_REPLY_TEMPLATES, AutoReplySettingsSchema, ruleFromTemplate } from '@ringflow/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDocument } from '../src/api/flow-check.js';
import { decideForCall } from '../src/auto-replies/decide.js';
import { decisionsOfCall, saveAutoReplySettings } from '../src/db/auto-replies.js';
import { insertCall } from '../src/db/calls.js';
import { createNumber, type PhoneNumber } from '../src/db/numbers.js';
import { listOutbox } from '../src/db/outbox.js';
import type { Storage } from '../src/db/sql/sql.js';
import { BACKENDS, useBackend } from './support/backends.js';

/** A number's own missed-call and voicemail rules answer calls whose flow has no auto-reply node. */
describe.each(BACKENDS)('on %s', (kind) => {
  const backend = useBackend(kind);
  let db: Storage;
  let number: PhoneNumber;
  const at = '2026-11-23T15:00:00.000Z';
  const template = (id: string) => {
    const found = AUTO_REPLY_TEMPLATES.find((t) => t.id === id);
    if (!found) throw new Error(`no template ${id}`);
    return ruleFromTemplate(found, id);
  };

  beforeEach(async () => {
    db = await backend.fresh();
    number = await createNumber(
      db,
      {
        number: '+14155550100',
        name: 'Main',
        flowId: null,
        scheduleId: null,
        businessName: 'Acme',
      },
      at,
    );
    await saveAutoReplySettings(
      db,
      number.id,
      AutoReplySettingsSchema.parse({ rules: [template('missed-call'), template('voicemail')] }),
      at,
    );
  });

  async function endCall(
    id: string,
    outcome: 'missed' | 'voicemail' | 'answered',
    autoReplies: string[] = [],
  ) {
    await insertCall(db, {
      id,
      provider: 'twilio',
      providerCallId: `CA${id}`,
      from: '+14155550123',
      to: number.number,
      phoneNumberId: number.id,
      flowId: null,
      revisionId: null,
      snapshot: null,
      step: 1,
      status: 'ended',
      outcome,
      result: null,
      providerStatus: 'completed',
      startedAt: at,
      endedAt: at,
      durationSeconds: 30,
    });
    return await decideForCall(db, {
      callId: id,
      step: 1,
      from: '+14155550123',
      number,
      result: { outcome, autoReplies, endedAt: null, reason: null, path: ['start'] },
      document: emptyDocument('No texts in this flow'),
      schedules: {},
      at,
    });
  }

  describe('auto-replies when a call ends', () => {
    it("uses the number's missed-call rule when the flow fired no auto-reply node", async () => {
      const [decision] = await endCall('c1', 'missed');
      expect(decision).toMatchObject({ action: 'send', candidate: { id: 'missed-call' } });
      expect(decision?.text).toBe(
        'Hi there, sorry we missed your call at Acme. We will call you back shortly.',
      );
      expect(await listOutbox(db, { kind: 'sms' })).toHaveLength(1);
      expect((await decisionsOfCall(db, 'c1'))[0]?.delivery?.status).toBe('scheduled');
    });

    it('stores the words of a text once, in its message, and reads them back with the decision', async () => {
      const [decided] = await endCall('c4', 'missed');
      const [read] = await decisionsOfCall(db, 'c4');
      expect(read?.text).toBe(decided?.text);
      expect(read?.text).toMatch(/sorry we missed your call/);
      const stored = await db.all(
        'SELECT d.text AS own, m.body FROM auto_reply_decisions d JOIN messages m ON m.id = d.reply_message_id',
      );
      expect(stored).toEqual([{ own: null, body: decided?.text }]);
    });

    it('uses the voicemail rule for a voicemail, and no rule for an answered call', async () => {
      expect((await endCall('c2', 'voicemail'))[0]?.candidate.id).toBe('voicemail');
      expect(await endCall('c3', 'answered')).toEqual([]);
    });
  });
});
