/**
 * @module
 * The flows "New flow" offers to start from, in the order it lists them.
 */
import { afterHoursAutoReply } from './after-hours-auto-reply.js';
import { businessHoursWithMenu } from './business-hours-with-menu.js';
import type { FlowTemplate } from './flow-template.js';
import { holidayClosure } from './holiday-closure.js';
import { ringTeamThenVoicemail } from './ring-team-then-voicemail.js';
import { weekendMessage } from './weekend-message.js';

export type { FlowTemplate } from './flow-template.js';

/**
 * Every template. Schedules and team members are left unchosen: the
 * validator's findings then guide the admin to pick them.
 *
 * @example
 * const template = FLOW_TEMPLATES.find((t) => t.id === 'weekend-message');
 * await api('POST', '/flows', { name: template.name, document: template.build() });
 */
export const FLOW_TEMPLATES: readonly FlowTemplate[] = [
  ringTeamThenVoicemail,
  businessHoursWithMenu,
  afterHoursAutoReply,
  weekendMessage,
  holidayClosure,
];
