import './admin.css';
import { useState } from 'react';
import { api } from '../api/client.js';
import type { Member } from '../api/types.js';
import { ConfirmButton } from '../ui/ConfirmButton.js';
import { Modal } from '../ui/Modal.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { DndControl } from './DndControl.js';
import { MemberForm } from './MemberForm.js';
import type { MembersReply } from './types.js';

/** The team: who ring-users nodes ring, at which addresses, and who is in do not disturb. */
export function MembersPage() {
  const members = useResource('members', () => api<MembersReply>('GET', '/members'));
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const list = members.data?.members ?? [];
  const replace = (saved: Member) =>
    members.set({ members: list.map((m) => (m.id === saved.id ? saved : m)) });

  const save = async (body: { name: string; addresses: string[] }) => {
    if (editing === 'new') {
      const created = await api<Member>('POST', '/members', body);
      members.set({ members: [...list, created].sort((a, b) => a.name.localeCompare(b.name)) });
    } else if (editing) {
      replace(await api<Member>('PATCH', `/members/${editing.id}`, body));
    }
    setEditing(null);
  };
  const remove = async (m: Member) => {
    await api('DELETE', `/members/${m.id}`);
    members.set({ members: list.filter((x) => x.id !== m.id) });
  };

  return (
    <Page
      title="Team"
      actions={
        <button
          type="button"
          className="primary"
          disabled={!members.data}
          onClick={() => setEditing('new')}
        >
          Add member
        </button>
      }
    >
      <p className="muted page-intro">
        Members in do not disturb are skipped when their flow rings them; the call moves on (usually
        to voicemail).
      </p>
      {members.error ? <ErrorBox error={members.error} retry={members.reload} /> : null}
      {!members.data && !members.error && <Loading what="the team" />}
      {members.data && list.length === 0 && <div className="card empty">No team members yet.</div>}
      {list.length > 0 && (
        <table className="list">
          <thead>
            <tr>
              <th>Name</th>
              <th>Numbers and addresses</th>
              <th>Do not disturb</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {list.map((m) => (
              <tr key={m.id} aria-label={m.name}>
                <td className="strong">{m.name}</td>
                <td>
                  <ul className="plain">
                    {m.addresses.map((a) => (
                      <li key={a} className="mono">
                        {a}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <DndControl member={m} onSaved={replace} />
                </td>
                <td>
                  <div className="row-actions">
                    <button type="button" onClick={() => setEditing(m)}>
                      Edit
                    </button>
                    <ConfirmButton question={`Remove ${m.name}?`} onConfirm={() => remove(m)} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <Modal
          title={editing === 'new' ? 'Add a team member' : `Edit ${editing.name}`}
          onClose={() => setEditing(null)}
        >
          <MemberForm
            {...(editing === 'new' ? {} : { initial: editing })}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      )}
    </Page>
  );
}
