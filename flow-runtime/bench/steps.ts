/**
 * @module
 * A micro-benchmark of a call's steps, in process: the demo flow's voicemail
 * call (start, no answer, a recording), 10,000 times after a warm-up. It
 * prints the time per call; it asserts nothing.
 *
 * Run: server/node_modules/.bin/tsx flow-runtime/bench/steps.ts
 */
import { readFileSync } from 'node:fs';
import type { Schedule } from '@ringflow/shared';
import { compileFlow, startCall, stepCall, validateFlow } from '../src/index.js';

const demo = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../server/src/demo/${file}`, import.meta.url), 'utf8'));
const { document } = validateFlow(demo('flow.json'));
if (!document) throw new Error('the demo flow does not validate');
const machine = compileFlow(document);
const schedules = Object.fromEntries(
  (demo('schedules.json') as Schedule[]).map((schedule) => [schedule.id, schedule]),
);

/** A weekday call in office hours: nobody answers, the caller leaves a message. */
function voicemailCall() {
  const at = '2026-11-24T15:00:00Z';
  const started = startCall(machine, {
    call: { from: '+14155550111', to: '+14155550100' },
    at,
    schedules,
  });
  const rung = stepCall(machine, started.snapshot, { type: 'DIAL_RESULT', status: 'no-answer' });
  return stepCall(machine, rung.snapshot, { type: 'RECORDING_DONE', durationSeconds: 20 });
}

for (let i = 0; i < 2_000; i++) voicemailCall();
const calls = 10_000;
const start = performance.now();
for (let i = 0; i < calls; i++) voicemailCall();
const perCall = ((performance.now() - start) * 1000) / calls;
const last = voicemailCall();
console.log(
  `demo voicemail call, 3 steps: ${perCall.toFixed(1)} µs per call (ends ${last.result?.outcome})`,
);
