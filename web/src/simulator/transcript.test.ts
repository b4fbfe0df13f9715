import { describe, expect, it } from 'vitest';
import { flow, node } from '../templates/build-flow.js';
import { prepareRun } from './prepare-run.js';
import { defaultSetup } from './setup.js';
import { transcriptOf } from './transcript.js';

const document = flow(
  'Greeting',
  'Plays a greeting, then voicemail with a greeting',
  [
    node('incoming-call', 'start'),
    node('play-message', 'hello', { prompt: { type: 'audio', greetingId: 'gr_welcome' } }),
    node('voicemail', 'vm', { greeting: { type: 'audio', greetingId: 'gr_vm' } }),
  ],
  [
    ['start', 'next', 'hello'],
    ['hello', 'next', 'vm'],
  ],
);
const greetings = [
  {
    id: 'gr_welcome',
    name: 'Welcome',
    durationSeconds: 12.2,
    audioUrl: '/api/greetings/gr_welcome/audio?v=1',
  },
  { id: 'gr_vm', name: 'Leave a message', durationSeconds: 75, audioUrl: null },
];

describe('transcriptOf with greetings', () => {
  it('names the greeting with its length and carries it for the play button', () => {
    const run = prepareRun(document, defaultSetup('UTC'), {
      memberIds: [],
      schedules: [],
      business: { number: '+14155550100', name: 'Acme' },
    });
    const names = { greeting: (id: string) => greetings.find((g) => g.id === id)?.name };
    const lines = transcriptOf(run.session, names, (id) => id, greetings);
    const says = lines.filter((l) => l.kind === 'says');
    expect(says[0]?.text).toBe('Plays greeting "Welcome" (12 s)');
    expect(says[0]?.greeting?.audioUrl).toBe('/api/greetings/gr_welcome/audio?v=1');
  });

  it('leaves the line as it was without the library', () => {
    const run = prepareRun(document, defaultSetup('UTC'), {
      memberIds: [],
      schedules: [],
      business: { number: '+14155550100', name: 'Acme' },
    });
    const says = transcriptOf(run.session, {}, (id) => id).filter((l) => l.kind === 'says');
    expect(says[0]?.text).toBe('Plays greeting gr_welcome');
    expect(says[0]?.greeting).toBeUndefined();
  });
});
