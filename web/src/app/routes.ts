import { type ComponentType, lazy } from 'react';
import { FlowsPage } from '../pages/FlowsPage.js';
import { UnreadBadge } from '../voicemail/UnreadBadge.js';

/**
 * A page loaded when first opened: its code (the canvas, the simulator, the
 * waveform player, the recorder) is a chunk of its own, so that signing in
 * and the flows list load only what they show.
 */
function page<M>(load: () => Promise<M>, name: keyof M): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const DesignerPage = page(() => import('../designer/DesignerPage.js'), 'DesignerPage');
const NumberSettingsPage = page(
  () => import('../auto-replies/NumberSettingsPage.js'),
  'NumberSettingsPage',
);
const NumbersPage = page(() => import('../admin/NumbersPage.js'), 'NumbersPage');
const NumberPage = page(() => import('../admin/NumberPage.js'), 'NumberPage');
const MessagesPage = page(() => import('../auto-replies/MessagesPage.js'), 'MessagesPage');
const MembersPage = page(() => import('../admin/MembersPage.js'), 'MembersPage');
const SchedulesPage = page(() => import('../admin/SchedulesPage.js'), 'SchedulesPage');
const GreetingsPage = page(() => import('../greetings/GreetingsPage.js'), 'GreetingsPage');
const CallDetailPage = page(() => import('../admin/CallDetailPage.js'), 'CallDetailPage');
const CallsPage = page(() => import('../admin/CallsPage.js'), 'CallsPage');
const InboxPage = page(() => import('../voicemail/InboxPage.js'), 'InboxPage');
const SettingsPage = page(() => import('../settings/SettingsPage.js'), 'SettingsPage');
const AuditPage = page(() => import('../audit/AuditPage.js'), 'AuditPage');
const UsersPage = page(() => import('../admin/UsersPage.js'), 'UsersPage');

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
  { path: '/numbers/:id/settings', component: NumberSettingsPage },
  { path: '/numbers/:id', component: NumberPage },
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
  { path: '/users', label: 'Users', component: UsersPage, ownerOnly: true },
  { path: '/audit', label: 'Audit log', component: AuditPage, ownerOnly: true },
];
