import { say } from '@ringflow/shared';
import { flow, node } from './build-flow.js';
import type { FlowTemplate } from './flow-template.js';

/** Weekday calls ring the team; weekend callers hear when you are back and get a text. */
export const weekendMessage: FlowTemplate = {
  id: 'weekend-message',
  name: 'Weekend message',
  description:
    'On weekdays the team is rung; at weekends callers hear that you are back on Monday, can leave a voicemail and get a text saying so. Choose a Monday-to-Friday schedule and who to ring.',
  build: () =>
    flow(
      'Weekend message',
      'Rings the team on weekdays; a weekend message, voicemail and text at weekends.',
      [
        node('incoming-call', 'incoming-call-1'),
        node('business-hours', 'business-hours-1', { label: 'Weekday?' }),
        node('ring-users', 'ring-users-1', { label: 'Ring the team', ringSeconds: 25 }),
        node('play-message', 'play-message-1', {
          label: 'Weekend message',
          prompt: say(
            'Thanks for calling. We are away for the weekend and back on Monday morning.',
          ),
        }),
        node('voicemail', 'voicemail-1', {
          label: 'Take a message',
          greeting: say(
            'Please leave a message after the tone and we will call you back on Monday.',
          ),
        }),
        node('auto-reply', 'auto-reply-1', {
          label: 'Weekend text',
          inHoursText:
            'Thanks for calling {{business.name}}. We are away for the weekend and will get back to you on Monday.',
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
