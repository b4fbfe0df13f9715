import './admin.css';
import './narrow-lists.css';
import { MessageSquareReply } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { api } from '../api/client.js';
import type { PhoneNumber } from '../api/types.js';
import { ConfirmButton } from '../ui/ConfirmButton.js';
import { Modal } from '../ui/Modal.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { NumberFlowSelect } from './NumberFlowSelect.js';
import { NumberForm, numberBody } from './NumberForm.js';
import { APOLOGY, isLive } from './number-flow.js';
import type { FlowsReply, NumberDraft, NumbersReply, SchedulesReply } from './types.js';

/** Phone numbers and the flow that answers each; add, edit, re-point (asking first) and remove. */
export function NumbersPage() {
  const numbers = useResource('numbers', () => api<NumbersReply>('GET', '/numbers'));
  const flows = useResource('flows', () => api<FlowsReply>('GET', '/flows'));
  const schedules = useResource('schedules', () => api<SchedulesReply>('GET', '/schedules'));
  const [editing, setEditing] = useState<PhoneNumber | 'new' | null>(null);

  const list = numbers.data?.numbers ?? [];
  const replace = (saved: PhoneNumber) =>
    numbers.set({ numbers: list.map((n) => (n.id === saved.id ? saved : n)) });
  const save = async (draft: NumberDraft) => {
    if (editing === 'new') {
      const created = await api<PhoneNumber>('POST', '/numbers', numberBody(draft));
      numbers.set({ numbers: [...list, created] });
    } else if (editing) {
      replace(await api<PhoneNumber>('PATCH', `/numbers/${editing.id}`, numberBody(draft)));
    }
    setEditing(null);
  };
  const remove = async (n: PhoneNumber) => {
    await api('DELETE', `/numbers/${n.id}`);
    numbers.set({ numbers: list.filter((x) => x.id !== n.id) });
  };

  const flowList = flows.data?.flows ?? [];
  const scheduleName = (id: string | null) =>
    schedules.data?.schedules.find((s) => s.id === id)?.name ?? id;
  const ready = numbers.data && flows.data && schedules.data;
  const failed = numbers.error ?? flows.error ?? schedules.error;
  const retry = () => {
    for (const r of [numbers, flows, schedules]) if (r.error) r.reload();
  };

  return (
    <Page
      title="Phone numbers"
      actions={
        <button
          type="button"
          className="primary"
          disabled={!ready}
          onClick={() => setEditing('new')}
        >
          Add number
        </button>
      }
    >
      <p className="muted page-intro">
        Each number runs the published revision of its flow. Open a number for its webhook addresses
        and recent calls.
      </p>
      {failed ? <ErrorBox error={failed} retry={retry} /> : null}
      {!ready && !failed && <Loading what="phone numbers" />}
      {ready && list.length === 0 && (
        <div className="card empty">
          No phone numbers yet. Add the number your provider gave you.
        </div>
      )}
      {ready && list.length > 0 && (
        <table className="list stack numbers-table">
          <thead>
            <tr>
              <th>Number</th>
              <th>Name</th>
              <th>Flow</th>
              <th>Schedule</th>
              <th>Business name</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {list.map((n) => (
              <tr key={n.id}>
                <td className="mono" data-label="Number">
                  <Link href={`/numbers/${encodeURIComponent(n.id)}`}>{n.number}</Link>
                </td>
                <td data-label="Name">{n.name}</td>
                <td data-label="Flow">
                  <NumberFlowSelect number={n} flows={flowList} onSaved={replace} />
                  {!isLive(n, flowList) && (
                    <small className="not-answering">Not answering: callers hear “{APOLOGY}”</small>
                  )}
                </td>
                <td data-label="Schedule">
                  {n.scheduleId ? scheduleName(n.scheduleId) : <span className="muted">None</span>}
                </td>
                <td data-label="Business name">
                  {n.businessName || <span className="muted">—</span>}
                </td>
                <td>
                  <div className="row-actions">
                    <Link href={`/numbers/${encodeURIComponent(n.id)}/settings`} className="button">
                      <MessageSquareReply size={14} aria-hidden="true" /> Auto-replies
                    </Link>
                    <button type="button" onClick={() => setEditing(n)}>
                      Edit
                    </button>
                    <ConfirmButton question={`Remove ${n.number}?`} onConfirm={() => remove(n)} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <Modal
          title={editing === 'new' ? 'Add a phone number' : `Edit ${editing.number}`}
          onClose={() => setEditing(null)}
        >
          <NumberForm
            {...(editing === 'new' ? {} : { initial: editing })}
            flows={flowList}
            schedules={schedules.data?.schedules ?? []}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      )}
    </Page>
  );
}
