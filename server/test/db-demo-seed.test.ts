import { validateFlow } from '@ringflow/flow-runtime';
import { beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { listAudit } from '../src/db/audit.js';
import { getPublishedRevision, listFlows, listRevisions } from '../src/db/flows.js';
import { getMembersByIds, listMembers } from '../src/db/members.js';
import { findNumberByE164, listNumbers } from '../src/db/numbers.js';
import { listSchedules } from '../src/db/schedules.js';
import { sqlOf } from '../src/db/sql/connection.js';
import { seedDemo } from '../src/demo/seed.js';
import type { ServerDeps } from '../src/deps.js';
import { memoryLogger } from '../src/logger.js';
import { databasePerTest } from './api-harness.js';
import { BACKENDS } from './support/backends.js';

describe.each(BACKENDS)('seedDemo on %s', (kind) => {
  const store = databasePerTest(kind);
  let deps: ServerDeps;
  beforeEach(() => {
    deps = {
      db: store.db,
      clock: manualClock('2026-11-23T15:00:00Z'),
      config: loadConfig({ RINGFLOW_DATA_DIR: store.dir }),
      log: memoryLogger(),
    };
  });

  it('seeds a fresh database once: team, schedules, the published flow and its number', async () => {
    expect(await seedDemo(deps)).toBe(true);
    expect(await seedDemo(deps)).toBe(false);

    expect((await listMembers(store.db)).map((m) => m.id)).toEqual(['alice', 'bob', 'carol']);
    expect(
      (await getMembersByIds(store.db, ['alice', 'bob'])).map((m) => m.addresses).sort(),
    ).toEqual([['+14155550101'], ['+14155550102']]);
    expect((await listSchedules(store.db)).map((s) => s.id).sort()).toEqual([
      'always-open',
      'overnight-support',
      'split-shift',
      'weekdays-9-17',
    ]);

    const flows = await listFlows(store.db);
    expect(flows.map((f) => f.name)).toEqual(['Demo: small office']);
    const flowId = flows[0]?.id ?? '';
    expect(await listRevisions(store.db, flowId)).toEqual([
      expect.objectContaining({ number: 1, message: 'Demo flow', author: null }),
    ]);

    const number = await findNumberByE164(store.db, '+14155550100');
    expect(number).toMatchObject({
      name: 'Main line',
      businessName: 'Acme Plumbing',
      scheduleId: 'weekdays-9-17',
      flowId,
    });
    expect(await listNumbers(store.db)).toHaveLength(1);

    const revision = await getPublishedRevision(store.db, flowId);
    const check = validateFlow(revision?.document, {
      memberIds: (await listMembers(store.db)).map((m) => m.id),
      scheduleIds: (await listSchedules(store.db)).map((s) => s.id),
    });
    expect(check.ok).toBe(true);
    expect((await listAudit(store.db, { limit: 5 })).map((e) => e.action)).toEqual(['demo.seed']);
  });

  it('leaves alone a database that already has a flow', async () => {
    await seedDemo(deps);
    await sqlOf(store.db).run('DELETE FROM phone_numbers');
    expect(await seedDemo(deps)).toBe(false);
    expect(await listNumbers(store.db)).toEqual([]);
  });
});
