import type { ComponentType } from 'react';
import { CallDetailPage } from '../admin/CallDetailPage.js';
import { CallsPage } from '../admin/CallsPage.js';
import { MembersPage } from '../admin/MembersPage.js';
import { NumbersPage } from '../admin/NumbersPage.js';
import { SchedulesPage } from '../admin/SchedulesPage.js';
import { AuditPage } from '../audit/AuditPage.js';
import { MessagesPage } from '../auto-replies/MessagesPage.js';
import { NumberSettingsPage } from '../auto-replies/NumberSettingsPage.js';
import { DesignerPage } from '../designer/DesignerPage.js';
import { GreetingsPage } from '../greetings/GreetingsPage.js';
import { FlowsPage } from '../pages/FlowsPage.js';
import { SettingsPage } from '../settings/SettingsPage.js';
import { InboxPage } from '../voicemail/InboxPage.js';
import { UnreadBadge } from '../voicemail/UnreadBadge.js';

/** Every page, with its place in the navigation (pages without a label are reached by links). */
export interface AppRoute {
  path: string;
  label?: string;
  component: ComponentType;
  /** Where the navigation links to, when `path` has parameters. */
  href?: string;
  /** Shown after the label in the navigation (a count). */
  badge?: ComponentType;
  /** Pages that use the whole window (the canvas) rather than a centred column. */
  fullBleed?: boolean;
  /** Shown to owners only (the server refuses anyone else too). */
  ownerOnly?: boolean;
}

// More specific paths first: the first match wins.
export const routes: AppRoute[] = [
  { path: '/flows/:id', component: DesignerPage, fullBleed: true },
  { path: '/flows', label: 'Flows', component: FlowsPage },
  { path: '/numbers/:id', component: NumberSettingsPage },
  { path: '/numbers', label: 'Numbers', component: NumbersPage },
  { path: '/messages', label: 'Messages', component: MessagesPage },
  { path: '/team', label: 'Team', component: MembersPage },
  { path: '/schedules', label: 'Schedules', component: SchedulesPage },
  { path: '/greetings', label: 'Greetings', component: GreetingsPage },
  { path: '/calls/:id', component: CallDetailPage },
  { path: '/calls', label: 'Call log', component: CallsPage },
  // One route for the list and an open voicemail, so opening one keeps the list as it is.
  {
    path: '/voicemail/:id?',
    href: '/voicemail',
    label: 'Voicemail',
    component: InboxPage,
    badge: UnreadBadge,
  },
  { path: '/settings', label: 'Settings', component: SettingsPage },
  { path: '/audit', label: 'Audit log', component: AuditPage, ownerOnly: true },
];
