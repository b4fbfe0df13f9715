import { say } from '@ringflow/shared';
import { flow, node } from './build-flow.js';
import type { FlowTemplate } from './flow-template.js';

/** Holidays get their own branch, so callers hear why you are closed on a weekday. */
export const holidayClosure: FlowTemplate = {
  id: 'holiday-closure',
  name: 'Holiday closure',
  description:
    'On the closures of your schedule (public holidays, the office party) callers hear a holiday message and get a text; other closed times go to voicemail. Choose the schedule and who to ring.',
  build: () =>
    flow(
      'Holiday closure',
      'A holiday message and text on the closures of the schedule; the team or voicemail otherwise.',
      [
        node('incoming-call', 'incoming-call-1'),
        node('business-hours', 'business-hours-1', {
          label: 'Open, closed or holiday?',
          holidayBranch: true,
        }),
        node('ring-users', 'ring-users-1', { label: 'Ring the team', ringSeconds: 25 }),
        node('play-message', 'play-message-1', {
          label: 'Holiday message',
          prompt: say(
            'Thanks for calling. Our office is closed today for the holiday. We will be back on our next working day.',
          ),
        }),
        node('voicemail', 'voicemail-1', {
          label: 'Take a message',
          greeting: say(
            'Sorry, nobody can take your call right now. Please leave a message after the tone and we will call you back.',
          ),
        }),
        node('auto-reply', 'auto-reply-1', {
          label: 'Holiday text',
          inHoursText:
            'Thanks for calling {{business.name}}. We are closed for the holiday and will call you back when we reopen.',
        }),
        node('hang-up', 'hang-up-1', { label: 'End call' }),
      ],
      [
        ['incoming-call-1', 'next', 'business-hours-1'],
        ['business-hours-1', 'open', 'ring-users-1'],
        ['business-hours-1', 'closed', 'voicemail-1'],
        ['business-hours-1', 'holiday', 'play-message-1'],
        ['ring-users-1', 'answered', 'hang-up-1'],
        ['ring-users-1', 'no-answer', 'voicemail-1'],
        ['play-message-1', 'next', 'auto-reply-1'],
        ['voicemail-1', 'recorded', 'hang-up-1'],
        ['voicemail-1', 'no-message', 'hang-up-1'],
      ],
    ),
};
