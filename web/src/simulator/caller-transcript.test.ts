import { describe, expect, it } from 'vitest';
import { flow, node } from '../templates/build-flow.js';
import { prepareRun } from './prepare-run.js';
import { defaultSetup, WITHHELD_CALLER } from './setup.js';
import { transcriptOf } from './transcript.js';

const document = flow(
  'By caller',
  'VIPs hear a message, withheld numbers are hung up on',
  [
    node('incoming-call', 'start'),
    node('route-by-caller', 'who', {
      label: 'Who is it?',
      rules: [
        { id: 'vip', name: 'VIP list', match: { type: 'numbers', numbers: ['+14155550111'] } },
        { id: 'spam', name: 'Spam', match: { type: 'withheld' } },
      ],
    }),
    node('play-message', 'hello'),
    node('hang-up', 'bye'),
  ],
  [
    ['start', 'next', 'who'],
    ['who', 'vip', 'hello'],
    ['who', 'spam', 'bye'],
    ['who', 'other', 'hello'],
  ],
);

/** The transcript's lines for a simulated call from `from`. */
function linesFrom(from: string): string[] {
  const run = prepareRun(
    document,
    { ...defaultSetup('UTC'), from },
    {
      memberIds: [],
      schedules: [],
      business: { number: '+14155550100', name: 'Acme' },
    },
  );
  return transcriptOf(run.session, {}, (id) => id, [], { document }).map((l) => l.text);
}

describe('the transcript of a route-by-caller step', () => {
  it('says which rule the caller matched and why', () => {
    expect(linesFrom('+14155550111')).toContain('who: VIP list: +14155550111 is listed');
  });

  it('takes the withheld choice as a withheld caller, to the rule for them', () => {
    const lines = linesFrom(WITHHELD_CALLER);
    expect(lines).toContain('who: Spam: the number is withheld');
    expect(lines).toContain('bye');
  });

  it('says when no rule matches', () => {
    expect(linesFrom('+442079460958')).toContain('who: anyone else: +442079460958 matches no rule');
  });
});
