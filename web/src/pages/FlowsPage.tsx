import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError, api } from '../api/client.js';
import type { FlowDetail, FlowSummary } from '../api/types.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';

/** Every flow, with its published revision, and a way to start a new one. */
export function FlowsPage() {
  const flows = useResource('flows', () => api<{ flows: FlowSummary[] }>('GET', '/flows'));
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const flow = await api<FlowDetail>('POST', '/flows', { name: name.trim() || 'Untitled flow' });
      navigate(`/flows/${flow.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Could not create the flow');
    }
  };

  return (
    <Page title="Call flows">
      <form className="card" style={{ display: 'flex', gap: 8, marginBottom: 16 }} onSubmit={create}>
        <input aria-label="New flow name" placeholder="New flow name" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="primary">
          New flow
        </button>
      </form>
      {error && <ErrorBox error={new Error(error)} />}
      {flows.loading && <Loading what="flows" />}
      {flows.error ? <ErrorBox error={flows.error} retry={flows.reload} /> : null}
      {flows.data && (
        <table className="list">
          <thead>
            <tr>
              <th>Name</th>
              <th>Published</th>
              <th>Draft saved</th>
            </tr>
          </thead>
          <tbody>
            {flows.data.flows.map((f) => (
              <tr key={f.id}>
                <td>
                  <Link href={`/flows/${f.id}`}>{f.name}</Link>
                </td>
                <td>{f.published ? <span className="badge ok">Revision {f.published.number}</span> : <span className="badge">Draft only</span>}</td>
                <td className="muted">{new Date(f.draftUpdatedAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
