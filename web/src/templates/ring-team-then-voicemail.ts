import { say } from '@ringflow/shared';
import { flow, node } from './build-flow.js';
import type { FlowTemplate } from './flow-template.js';

/** The simplest useful line: ring everyone, and take a message when nobody answers. */
export const ringTeamThenVoicemail: FlowTemplate = {
  id: 'ring-team-then-voicemail',
  name: 'Ring the team, then voicemail',
  description:
    'Rings your team for 25 seconds; if nobody answers, the caller leaves a voicemail. Choose who to ring.',
  build: () =>
    flow(
      'Ring the team, then voicemail',
      'Rings the team; callers nobody answers can leave a message.',
      [
        node('incoming-call', 'incoming-call-1'),
        node('ring-users', 'ring-users-1', { label: 'Ring the team', ringSeconds: 25 }),
        node('voicemail', 'voicemail-1', {
          label: 'Take a message',
          greeting: say(
            'Sorry, nobody can take your call right now. Please leave your name, number and a short message after the tone, and we will call you back.',
          ),
        }),
        node('hang-up', 'hang-up-1', { label: 'End call' }),
      ],
      [
        ['incoming-call-1', 'next', 'ring-users-1'],
        ['ring-users-1', 'answered', 'hang-up-1'],
        ['ring-users-1', 'no-answer', 'voicemail-1'],
        ['voicemail-1', 'recorded', 'hang-up-1'],
        ['voicemail-1', 'no-message', 'hang-up-1'],
      ],
    ),
};
