import { api } from '../api/client.js';
import type { ApiReply } from '../api/types.js';
import { ConfirmButton } from '../ui/ConfirmButton.js';
import { formatWhen } from '../ui/dates.js';
import { ErrorBox } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';

/**
 * E-mails and client addresses that failed to sign in too often, with
 * "Unlock" to let them try again before the wait runs out. Shown only when
 * there are some.
 */
export function LockedSignIns({ onUnlock }: { onUnlock: () => void }) {
  const locks = useResource('auth-locks', () =>
    api<ApiReply<'/auth/locks', 'get'>>('GET', '/auth/locks'),
  );
  if (locks.error) return <ErrorBox error={locks.error} retry={locks.reload} />;
  const list = locks.data?.locks ?? [];
  if (list.length === 0) return null;
  const unlock = async (key: string) => {
    await api('DELETE', `/auth/locks/${encodeURIComponent(key)}`);
    locks.reload();
    onUnlock();
  };
  return (
    <section className="card" aria-label="Locked sign-ins">
      <h2>Locked sign-ins</h2>
      <p className="muted">
        Too many failed attempts. They can try again at the time shown, or now if you unlock them.
      </p>
      <table className="list">
        <thead>
          <tr>
            <th>E-mail or address</th>
            <th>Failures</th>
            <th>State</th>
            <th>Until</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.map((lock) => (
            <tr key={lock.key}>
              <td className="mono">
                {lock.value}
                {lock.kind === 'address' && <span className="muted"> (address)</span>}
                {lock.kind === 'account' && !lock.userId && (
                  <span className="muted"> (no such account)</span>
                )}
              </td>
              <td>{lock.failures}</td>
              <td>
                <span className={lock.locked ? 'badge bad' : 'badge warn'}>
                  {lock.locked ? 'locked' : 'slowed'}
                </span>
              </td>
              <td>{formatWhen(lock.until)}</td>
              <td>
                <ConfirmButton
                  label="Unlock"
                  question={`Unlock ${lock.value}?`}
                  onConfirm={() => unlock(lock.key)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
