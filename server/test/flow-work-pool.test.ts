import { validateFlow } from '@ringflow/flow-runtime';
import type { FlowDocument } from '@ringflow/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { chainFlow } from '../../flow-runtime/test/large-flows.js';
import { FlowWorkPool, WorkBusyError, WorkTimeoutError } from '../src/work/pool.js';

const small = validateFlow(chainFlow(3)).document as FlowDocument;
const big = validateFlow(chainFlow(2000)).document as FlowDocument;
const input = { from: '+14155550100', to: '', instants: ['2026-11-23T15:00:00Z'] };

let pool: FlowWorkPool;
afterEach(async () => {
  await pool.close();
});

/** The pool on its own: real worker threads running the flow runtime. */
describe('FlowWorkPool', () => {
  it('runs jobs in a worker and answers their output', { timeout: 60_000 }, async () => {
    pool = new FlowWorkPool({ size: 1 });
    const generated = await pool.run('generate', { flow: small, input, schedules: {} });
    expect(generated).toMatchObject({ truncated: false });
    expect(generated.scenarios).toHaveLength(1);
    const checked = await pool.run('validate', { document: { nodes: 'none' }, context: {} });
    expect(checked.ok).toBe(false);
  });

  it('refuses a job past the queue bound instead of piling work up', {
    timeout: 60_000,
  }, async () => {
    pool = new FlowWorkPool({ size: 1, maxQueue: 1 });
    await pool.run('generate', { flow: small, input, schedules: {} });
    const first = pool.run('generate', { flow: big, input, schedules: {} });
    const second = pool.run('generate', { flow: small, input, schedules: {} });
    await expect(pool.run('generate', { flow: small, input, schedules: {} })).rejects.toThrow(
      WorkBusyError,
    );
    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
  });

  it('stops a job at the time limit and starts a new worker for the next', {
    timeout: 60_000,
  }, async () => {
    pool = new FlowWorkPool({ size: 1, timeLimitMs: 100 });
    await pool.run('generate', { flow: small, input, schedules: {} });
    const slow = pool.run('generate', { flow: big, input, schedules: {} });
    await expect(slow).rejects.toThrow(WorkTimeoutError);
    await expect(slow).rejects.toThrow('The job did not finish within 0.1 s');
    const after = await pool.run('generate', { flow: small, input, schedules: {} });
    expect(after.scenarios).toHaveLength(1);
  });
});
