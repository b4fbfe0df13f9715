import { fileURLToPath } from 'node:url';
import { simulateCommand } from './simulate.js';
import { validateCommand } from './validate.js';

// From src/cli/demo.ts or from the bundle in dist/: the demo's files stay in src/demo/.
const DEMO_DIR = import.meta.url.endsWith('.ts') ? '../demo/' : '../src/demo/';
const file = (name: string) => fileURLToPath(new URL(`${DEMO_DIR}${name}`, import.meta.url));

/** Example calls against the demo flow: one in business hours, one at night. */
export const DEMO_CALLS = [
  {
    title: 'A call on a weekday morning that nobody answers: the caller leaves a voicemail',
    at: '2026-11-23T10:00:00-05:00',
    events: 'no-answer,record:24@+35s',
  },
  {
    title: 'A call on Saturday night: the caller asks for the hours, then leaves a voicemail',
    at: '2026-11-28T22:00:00-05:00',
    events: '2@+8s,played@+6s,1@+9s,record:18@+5s',
  },
];

/** Validates the demo flow and plays its example calls. */
export function demoCommand(_args: string[], out: (line: string) => void): number {
  const common = ['--schedules', file('schedules.json'), '--team', file('team.json')];
  out('Ringflow demo: the flow in server/src/demo/flow.json\n');
  const valid = validateCommand([file('flow.json'), ...common], out);
  if (valid !== 0) return valid;
  for (const call of DEMO_CALLS) {
    out(`\n${call.title}`);
    const code = simulateCommand(
      [
        file('flow.json'),
        ...common,
        '--at',
        call.at,
        '--from',
        '+14155550123',
        '--to',
        '+14155550100',
        '--business',
        'Acme Plumbing',
        '--events',
        call.events,
      ],
      out,
    );
    if (code !== 0) return code;
  }
  out(
    '\nTry your own: npm run ringflow -- simulate server/src/demo/flow.json --schedules server/src/demo/schedules.json --from +14155550123 --at 2026-11-23T10:00:00-05:00 --events answered',
  );
  return 0;
}
