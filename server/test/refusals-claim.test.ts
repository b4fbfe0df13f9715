import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  appendLine,
  keepRefusal,
  logRefusedCalls,
  REFUSALS_FILE,
  type Refusal,
} from '../src/calls/refusals.js';
import { findCallByProviderId } from '../src/db/calls.js';
import type { Db } from '../src/db/database.js';
import { startTestServer, type TestServer } from './support/harness.js';

/**
 * Several processes share a data directory on PostgreSQL: one appends a
 * refusal while another's reconciler claims the file. Each interleaving is
 * made here by running the other process's step at the moment it would come.
 */
let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const refusal = (callSid: string): Refusal => ({
  provider: 'twilio',
  providerCallId: callSid,
  from: '+14155551234',
  to: '+14155550100',
  at: '2026-12-02T16:00:00.000Z',
  reason: 'storage unavailable',
  error: 'SQLITE_FULL: database or disk is full',
  webhook: { CallSid: callSid },
  response: '<Response><Say>Sorry</Say><Hangup/></Response>',
});
const logged = (callSid: string) => findCallByProviderId(server.deps.db, 'twilio', callSid);
const leftFiles = () =>
  readdirSync(server.deps.config.dataDir).filter((name) => name.startsWith('refused-calls'));

it('keeps a refusal written through a handle opened just before another process claimed the file', async () => {
  const file = join(server.deps.config.dataDir, REFUSALS_FILE);
  let otherPass: Promise<number> | undefined;
  appendLine(file, `${JSON.stringify(refusal('CA-raced'))}\n`, () => {
    // The other process claims the file (still empty), finds nothing in it and removes it.
    otherPass = logRefusedCalls(server.deps);
  });
  expect(await otherPass).toBe(0);
  expect(existsSync(file)).toBe(true);

  expect(await logRefusedCalls(server.deps)).toBe(1);
  expect(await logged('CA-raced')).toMatchObject({ outcome: 'rejected', from: '+14155551234' });
  expect(leftFiles()).toEqual([]);
});

it('two overlapping passes add each refusal once and remove only what they read', async () => {
  keepRefusal(server.deps, refusal('CA-first'));
  const first = logRefusedCalls(server.deps); // claimed and read; its transaction not yet run
  keepRefusal(server.deps, refusal('CA-second')); // a fresh file, after the first pass's claim
  const second = logRefusedCalls(server.deps); // claims that one, and reads the first's too
  const added = await Promise.all([first, second]);
  expect(added[0] + added[1]).toBe(2);
  expect(await logged('CA-first')).toMatchObject({ outcome: 'rejected' });
  expect(await logged('CA-second')).toMatchObject({ outcome: 'rejected' });
  expect(leftFiles()).toEqual([]);
});

it('a claimed file left by a pass that failed is read by the next', async () => {
  keepRefusal(server.deps, refusal('CA-kept'));
  (server.deps.db as Db).pragma('query_only = ON');
  await expect(logRefusedCalls(server.deps)).rejects.toThrow(/readonly/i);
  (server.deps.db as Db).pragma('query_only = OFF');
  expect(leftFiles()).toEqual([expect.stringMatching(/^refused-calls\.claimed-/)]);
  expect(await logRefusedCalls(server.deps)).toBe(1);
  expect(await logged('CA-kept')).toMatchObject({ outcome: 'rejected' });
  expect(leftFiles()).toEqual([]);
});
