import { say } from '@ringflow/shared';
import { flow, node } from './build-flow.js';
import type { FlowTemplate } from './flow-template.js';

/**
 * Every missed call gets a text: "we'll call you back" during the day, the
 * opening hours at night. One auto-reply node with both texts picks the
 * right one by its schedule.
 */
export const afterHoursAutoReply: FlowTemplate = {
  id: 'after-hours-auto-reply',
  name: 'After-hours auto-reply',
  description:
    'Rings the team while open; missed and after-hours callers can leave a voicemail and get a text saying when you open again. Choose the schedule (on both the hours check and the auto-reply) and who to ring.',
  build: () =>
    flow(
      'After-hours auto-reply',
      'Texts every missed caller: a call-back promise in hours, the next opening time after hours.',
      [
        node('incoming-call', 'incoming-call-1'),
        node('business-hours', 'business-hours-1', { label: 'Are we open?' }),
        node('ring-users', 'ring-users-1', { label: 'Ring the team', ringSeconds: 25 }),
        node('play-message', 'play-message-1', {
          label: 'Closed message',
          prompt: say(
            'Thanks for calling. We are closed right now. We will text you our opening hours.',
          ),
        }),
        node('voicemail', 'voicemail-1', {
          label: 'Take a message',
          greeting: say('Please leave a message after the tone and we will call you back.'),
        }),
        node('auto-reply', 'auto-reply-1', {
          label: 'Missed-call text',
          scheduleId: '',
          inHoursText:
            'Sorry we missed your call at {{business.name}}. We will call you back shortly.',
          afterHoursText:
            'Thanks for calling {{business.name}}. We are closed now and open again {{hours.next_open}}.',
          // A caller who hangs up while it rings has missed us too.
          onCallerHangUp: true,
        }),
        node('hang-up', 'hang-up-1', { label: 'End call' }),
      ],
      [
        ['incoming-call-1', 'next', 'business-hours-1'],
        ['business-hours-1', 'open', 'ring-users-1'],
        ['business-hours-1', 'closed', 'play-message-1'],
        ['ring-users-1', 'answered', 'hang-up-1'],
        ['ring-users-1', 'no-answer', 'voicemail-1'],
        ['play-message-1', 'next', 'voicemail-1'],
        ['voicemail-1', 'recorded', 'auto-reply-1'],
        ['voicemail-1', 'no-message', 'auto-reply-1'],
      ],
    ),
};
