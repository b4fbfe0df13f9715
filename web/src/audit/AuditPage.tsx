import '../admin/admin.css';
import { useState } from 'react';
import { api } from '../api/client.js';
import { formatWhen } from '../ui/dates.js';
import { Field } from '../ui/Field.js';
import { OlderPager, useOlderPages } from '../ui/older-pages.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { actionChoices, auditQuery, detailText } from './audit-format.js';
import { LockedSignIns } from './LockedSignIns.js';
import type { AuditPageReply } from './types.js';

/**
 * The audit log, for owners: who changed what and failed sign-ins, newest
 * first, filtered by action, with older pages on demand; locked sign-ins
 * above it, to unlock.
 */
export function AuditPage() {
  const [action, setAction] = useState('');
  const first = useResource(`audit:${action}`, () =>
    api<AuditPageReply>('GET', auditQuery(action)),
  );
  const older = useOlderPages(first, (before) =>
    api<AuditPageReply>('GET', auditQuery(action, before)),
  );
  const entries = older.pages.flatMap((p) => p.entries);
  const choices = actionChoices(first.data?.actions ?? []);

  return (
    <Page title="Audit log">
      <LockedSignIns onUnlock={first.reload} />
      <form className="card filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <Field label="Action">
          <select value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">All actions</option>
            {(action && !choices.includes(action) ? [action, ...choices] : choices).map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </Field>
      </form>
      {first.error ? <ErrorBox error={first.error} retry={first.reload} /> : null}
      {first.loading && <Loading what="the audit log" />}
      {!first.loading && first.data && entries.length === 0 && (
        <div className="card empty">No entries {action ? 'for this action' : 'yet'}.</div>
      )}
      {!first.loading && entries.length > 0 && (
        <table className="list audit">
          <thead>
            <tr>
              <th>Time</th>
              <th>Who</th>
              <th>Action</th>
              <th>Subject</th>
              <th>Detail</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatWhen(e.at)}</td>
                <td>
                  {e.userName ?? <span className="muted">{e.userId ? 'deleted user' : '—'}</span>}
                </td>
                <td className="mono">{e.action}</td>
                <td className="mono">{e.subject}</td>
                <td className="muted">{detailText(e.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <OlderPager older={older} loading={first.loading} />
    </Page>
  );
}
