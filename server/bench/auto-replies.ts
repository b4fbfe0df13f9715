/**
 * @module
 * A micro-benchmark of auto-reply decisions against a long contact history:
 * decisions per second for a contact with 1,000 and with 100,000 messages
 * (a year of texts, team replies and auto-replies), in process, on a real
 * SQLite file. Each decision runs in a transaction rolled back afterwards,
 * so every one sees the same history. Prints figures; asserts nothing.
 *
 * Run: cd server && node_modules/.bin/tsx bench/auto-replies.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTO_REPLY_TEMPLATES, AutoReplySettingsSchema, ruleFromTemplate } from '@ringflow/shared';
import { decideForText } from '../src/auto-replies/decide.js';
import { insertDecision, saveAutoReplySettings } from '../src/db/auto-replies.js';
import { openDatabase } from '../src/db/database.js';
import { insertMessage } from '../src/db/messages.js';
import { createNumber } from '../src/db/numbers.js';
import { transaction } from '../src/db/sql/connection.js';

const CONTACT = '+14155550123';
const YEAR_MS = 365 * 86_400_000;
const now = Date.parse('2026-11-23T15:00:00.000Z');

async function run(historySize: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'ringflow-bench-'));
  const db = openDatabase(join(dir, 'ringflow.db'));
  try {
    const at = new Date(now - YEAR_MS).toISOString();
    const number = await createNumber(
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
    const template = AUTO_REPLY_TEMPLATES.find((t) => t.trigger === 'incoming-text');
    if (!template) throw new Error('no incoming-text template');
    await saveAutoReplySettings(
      db,
      number.id,
      AutoReplySettingsSchema.parse({ rules: [ruleFromTemplate(template, 'r1')] }),
      at,
    );
    // A year of history, oldest first: mostly texts in, a team reply every 50, an auto-reply every 200.
    await transaction(db, async () => {
      for (let i = 0; i < historySize; i++) {
        const when = new Date(
          now - YEAR_MS + Math.floor((i * (YEAR_MS - 86_400_000)) / historySize),
        );
        const iso = when.toISOString();
        const base = {
          numberId: number.id,
          contact: CONTACT,
          business: number.number,
          providerMessageId: null,
          at: iso,
        };
        if (i % 200 === 199) {
          const reply = (
            await insertMessage(db, {
              ...base,
              direction: 'out',
              author: 'auto-reply',
              body: 'Thanks!',
              status: 'sent',
            })
          ).message;
          await insertDecision(db, {
            numberId: number.id,
            contact: CONTACT,
            trigger: 'incoming-text',
            callId: null,
            messageId: null,
            source: 'rule',
            sourceId: 'r1',
            sourceName: 'Texts',
            action: 'send',
            reason: 'sent',
            detail: '',
            variant: 'in-hours',
            text: 'Thanks!',
            sendAt: iso,
            replyMessageId: reply.id,
            at: iso,
          });
        } else if (i % 50 === 49) {
          await insertMessage(db, {
            ...base,
            direction: 'out',
            author: 'team',
            body: 'On it',
            status: 'sent',
          });
        } else {
          await insertMessage(db, {
            ...base,
            direction: 'in',
            author: 'contact',
            body: `Text ${i}`,
            status: 'received',
          });
        }
      }
    });
    db.exec('ANALYZE');
    const incoming = (
      await insertMessage(db, {
        numberId: number.id,
        direction: 'in',
        author: 'contact',
        contact: CONTACT,
        business: number.number,
        body: 'Are you open?',
        providerMessageId: null,
        status: 'received',
        at: new Date(now).toISOString(),
      })
    ).message;
    // Each decision in a savepoint of one open transaction, rolled back: the history stays as it was.
    const once = async () => {
      try {
        await transaction(db, async () => {
          await decideForText(db, number, incoming);
          throw new Rollback();
        });
      } catch (error) {
        if (!(error instanceof Rollback)) throw error;
      }
    };
    db.exec('BEGIN');
    try {
      for (let i = 0; i < 50; i++) await once();
      const runs = 500;
      const start = performance.now();
      for (let i = 0; i < runs; i++) await once();
      return (runs * 1000) / (performance.now() - start);
    } finally {
      db.exec('ROLLBACK');
    }
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

class Rollback extends Error {}

for (const size of [1_000, 100_000]) {
  console.log(
    `auto-reply decisions/s, ${size.toLocaleString('en')} messages of history`.padEnd(60),
    (await run(size)).toFixed(0),
  );
}
