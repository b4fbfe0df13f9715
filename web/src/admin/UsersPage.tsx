import './admin.css';
import './narrow-lists.css';
import { useState } from 'react';
import { api } from '../api/client.js';
import { useSession } from '../auth/session.js';
import { ConfirmButton } from '../ui/ConfirmButton.js';
import { formatWhen } from '../ui/dates.js';
import { Modal } from '../ui/Modal.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { RoleCell } from './RoleCell.js';
import { UserForm } from './UserForm.js';
import { type ListedUser, ownerCount, type UserDraft, type UsersReply } from './users.js';

/**
 * Accounts, for owners: who can sign in, with which role and when they last
 * did; add one with a first password, change a role, remove one. The server
 * keeps at least one owner and refuses anyone who is not an owner.
 */
export function UsersPage() {
  const me = useSession((s) => s.user);
  const recheckSession = useSession((s) => s.check);
  const users = useResource('users', () => api<UsersReply>('GET', '/users'));
  const [adding, setAdding] = useState(false);
  const list = users.data?.users ?? [];
  const owners = ownerCount(list);

  const add = async (body: UserDraft) => {
    const created = await api<ListedUser>('POST', '/users', body);
    users.set({ users: [...list, { ...created, lastSignInAt: null }] });
    setAdding(false);
  };
  const changeRole = async (user: ListedUser, role: ListedUser['role']) => {
    const saved = await api<ListedUser>('PATCH', `/users/${user.id}`, { role });
    users.set({ users: list.map((u) => (u.id === user.id ? { ...u, role: saved.role } : u)) });
    // An owner who made themselves admin loses this page: the navigation follows the session.
    if (user.id === me?.id) await recheckSession();
  };
  const remove = async (user: ListedUser) => {
    await api('DELETE', `/users/${user.id}`);
    users.set({ users: list.filter((u) => u.id !== user.id) });
  };

  return (
    <Page
      title="Users"
      actions={
        <button
          type="button"
          className="primary"
          disabled={!users.data}
          onClick={() => setAdding(true)}
        >
          Add user
        </button>
      }
    >
      <p className="muted page-intro">
        Who can sign in to Ringflow. Owners also manage users, retention and the audit log; there is
        always at least one owner.
      </p>
      {users.error ? <ErrorBox error={users.error} retry={users.reload} /> : null}
      {!users.data && !users.error && <Loading what="the users" />}
      {list.length > 0 && (
        <table className="list stack">
          <thead>
            <tr>
              <th>Name</th>
              <th>E-mail</th>
              <th>Role</th>
              <th>Last signed in</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {list.map((u) => {
              const lastOwner = u.role === 'owner' && owners === 1;
              return (
                <tr key={u.id} aria-label={u.name}>
                  <td className="strong" data-label="Name">
                    {u.name}
                    {u.id === me?.id && <span className="muted"> (you)</span>}
                  </td>
                  <td data-label="E-mail">{u.email}</td>
                  <RoleCell
                    user={u}
                    lastOwner={lastOwner}
                    onChange={(role) => changeRole(u, role)}
                  />
                  <td data-label="Last signed in">
                    {u.lastSignInAt ? (
                      formatWhen(u.lastSignInAt)
                    ) : (
                      <span className="muted">Not yet</span>
                    )}
                  </td>
                  <td>
                    <div className="row-actions">
                      {u.id !== me?.id && (
                        <ConfirmButton
                          label="Remove"
                          question={`Remove ${u.name}? Their sessions and API tokens end at once.`}
                          onConfirm={() => remove(u)}
                        />
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {adding && (
        <Modal title="Add a user" onClose={() => setAdding(false)}>
          <UserForm onSave={add} onCancel={() => setAdding(false)} />
        </Modal>
      )}
    </Page>
  );
}
