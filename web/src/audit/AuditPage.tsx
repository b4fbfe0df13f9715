import '../admin/admin.css';
import { useState } from 'react';
import { formatWhen } from '../admin/call-format.js';
import { messageOf } from '../admin/field-errors.js';
import { api } from '../api/client.js';
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
  const [older, setOlder] = useState<{ action: string; pages: AuditPageReply[] }>({
    action: '',
    pages: [],
  });
  const [olderState, setOlderState] = useState({ busy: false, error: null as string | null });

  // Older pages belong to the filter they were loaded with.
  const pages = first.data ? [first.data, ...(older.action === action ? older.pages : [])] : [];
  const entries = pages.flatMap((p) => p.entries);
  const nextBefore = pages.at(-1)?.nextBefore ?? null;
  const choices = actionChoices(first.data?.actions ?? []);

  const loadOlder = async () => {
    if (!nextBefore) return;
    setOlderState({ busy: true, error: null });
    try {
      const page = await api<AuditPageReply>('GET', auditQuery(action, nextBefore));
      setOlder({ action, pages: [...(older.action === action ? older.pages : []), page] });
      setOlderState({ busy: false, error: null });
    } catch (e) {
      setOlderState({ busy: false, error: messageOf(e) });
    }
  };

  return (
    <Page title="Audit log">
      <LockedSignIns onUnlock={first.reload} />
      <form className="card filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>Action</span>
          <select value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">All actions</option>
            {(action && !choices.includes(action) ? [action, ...choices] : choices).map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
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
      <div className="pager">
        {olderState.error && (
          <ErrorBox error={new Error(olderState.error)} retry={() => void loadOlder()} />
        )}
        {nextBefore && !first.loading && (
          <button type="button" disabled={olderState.busy} onClick={() => void loadOlder()}>
            {olderState.busy ? 'Loading…' : 'Load older'}
          </button>
        )}
      </div>
    </Page>
  );
}
