import '../admin/admin.css';
import '../auto-replies/auto-replies.css';
import './settings.css';
import type { NumbersReply } from '../admin/types.js';
import { api } from '../api/client.js';
import { useSession } from '../auth/session.js';
import { LoadFailure } from '../ui/LoadFailure.js';
import { Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { ExportSection } from './ExportSection.js';
import { MyNotificationsSection } from './MyNotificationsSection.js';
import { RetentionSection } from './RetentionSection.js';
import { WebhooksSection } from './WebhooksSection.js';

/** Workspace and personal settings: my e-mails, webhooks, retention, export. */
export function SettingsPage() {
  const owner = useSession((s) => s.user?.role === 'owner');
  const numbers = useResource('numbers', () => api<NumbersReply>('GET', '/numbers'));
  const list = numbers.data?.numbers ?? [];
  return (
    <Page title="Settings">
      <LoadFailure what="the numbers these settings apply to" resource={numbers} />
      <div className="settings">
        <MyNotificationsSection numbers={list} />
        <WebhooksSection numbers={list} />
        <RetentionSection owner={owner} />
        <ExportSection owner={owner} />
      </div>
    </Page>
  );
}
