import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The simulator runs this very package in the browser, so it must not reach
 * for Node: bundle it for the browser and run it in a bare JavaScript realm
 * with no `process`, `require`, `Buffer` or file system.
 */
describe('flow-runtime in a browser bundle', () => {
  it('bundles for the browser and compiles and steps a flow without Node', async () => {
    const result = await build({
      stdin: {
        contents: `
          export { compileFlow, startCall, stepCall, validateFlow } from './src/index.ts';
          export { FlowDocumentSchema } from '@ringflow/shared';
        `,
        resolveDir: new URL('..', import.meta.url).pathname,
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'ringflow',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/require\(["']node:/);

    const realm: Record<string, unknown> = { Intl, console };
    runInNewContext(code, realm);
    expect(realm.process).toBeUndefined();
    const out = runInNewContext(
      `(() => {
        const flow = ringflow.FlowDocumentSchema.parse({ schemaVersion: 1, nodes: [
          { id: 'in', type: 'incoming-call', position: { x: 0, y: 0 }, data: {} },
          { id: 'menu', type: 'phone-menu', position: { x: 250, y: 0 }, data: { options: [{ digit: '1' }] } },
          { id: 'bye', type: 'hang-up', position: { x: 500, y: 0 }, data: {} } ],
          edges: [ { id: 'e1', source: 'in', sourceHandle: 'next', target: 'menu' },
                   { id: 'e2', source: 'menu', sourceHandle: '1', target: 'bye' } ] });
        const machine = ringflow.compileFlow(flow);
        const start = ringflow.startCall(machine, { call: { from: '+1', to: '+2' }, at: '2026-11-23T15:00:00Z' });
        const end = ringflow.stepCall(machine, start.snapshot, { type: 'DIGITS', digits: '1' });
        return JSON.stringify({ first: start.instruction.type, outcome: end.result.outcome, ok: ringflow.validateFlow(flow).findings.length >= 0 });
      })()`,
      realm,
    );
    expect(JSON.parse(out)).toEqual({ first: 'gather', outcome: 'missed', ok: true });
  });
});
