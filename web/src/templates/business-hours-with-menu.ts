import { say } from '@ringflow/shared';
import { flow, node } from './build-flow.js';
import type { FlowTemplate } from './flow-template.js';

/** The classic front desk: a menu while open, a message and voicemail while closed. */
export const businessHoursWithMenu: FlowTemplate = {
  id: 'business-hours-with-menu',
  name: 'Business hours with a menu',
  description:
    'While open, callers press 1 for sales or 2 for support; when closed, or when nobody answers, they leave a voicemail. Choose the schedule and who each team rings.',
  build: () =>
    flow(
      'Business hours with a menu',
      'Menu for sales and support during business hours, voicemail otherwise.',
      [
        node('incoming-call', 'incoming-call-1'),
        node('business-hours', 'business-hours-1', { label: 'Are we open?' }),
        node('phone-menu', 'phone-menu-1', {
          label: 'Main menu',
          prompt: say(
            'Thanks for calling. For sales, press 1. For support, press 2. To leave a message, stay on the line.',
          ),
          options: [
            { digit: '1', label: 'Sales' },
            { digit: '2', label: 'Support' },
          ],
        }),
        node('ring-users', 'ring-users-1', { label: 'Sales team', ringSeconds: 25 }),
        node('ring-users', 'ring-users-2', { label: 'Support team', ringSeconds: 25 }),
        node('play-message', 'play-message-1', {
          label: 'Closed message',
          prompt: say('Thanks for calling. Our office is closed right now.'),
        }),
        node('voicemail', 'voicemail-1', {
          label: 'Take a message',
          greeting: say(
            'Please leave your name, number and a short message after the tone, and we will call you back as soon as we can.',
          ),
        }),
        node('hang-up', 'hang-up-1', { label: 'End call' }),
      ],
      [
        ['incoming-call-1', 'next', 'business-hours-1'],
        ['business-hours-1', 'open', 'phone-menu-1'],
        ['business-hours-1', 'closed', 'play-message-1'],
        ['phone-menu-1', '1', 'ring-users-1'],
        ['phone-menu-1', '2', 'ring-users-2'],
        ['phone-menu-1', 'no-input', 'voicemail-1'],
        ['ring-users-1', 'answered', 'hang-up-1'],
        ['ring-users-1', 'no-answer', 'voicemail-1'],
        ['ring-users-2', 'answered', 'hang-up-1'],
        ['ring-users-2', 'no-answer', 'voicemail-1'],
        ['play-message-1', 'next', 'voicemail-1'],
        ['voicemail-1', 'recorded', 'hang-up-1'],
        ['voicemail-1', 'no-message', 'hang-up-1'],
      ],
    ),
};
