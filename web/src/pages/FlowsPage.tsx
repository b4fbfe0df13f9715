import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { FlowsReply } from '../admin/types.js';
import { api } from '../api/client.js';
import type { FlowDetail } from '../api/types.js';
import type { FlowTemplate } from '../templates/index.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { useResource } from '../ui/use-resource.js';
import './flows-page.css';
import { exactTime, formatWhen } from '../ui/dates.js';

const BLANK = '';

/**
 * The templates, loaded just after the page: building one needs the node
 * definitions and the layout, which listing the flows does not, and the
 * sign-in and flows pages stay small without them.
 */
function useFlowTemplates(): readonly FlowTemplate[] {
  const [templates, setTemplates] = useState<readonly FlowTemplate[]>([]);
  useEffect(() => {
    let live = true;
    void import('../templates/index.js').then((m) => {
      if (live) setTemplates(m.FLOW_TEMPLATES);
    });
    return () => {
      live = false;
    };
  }, []);
  return templates;
}

/** Every flow, with its published revision and the numbers it answers, and a way to start a new one, blank or from a template. */
export function FlowsPage() {
  const flows = useResource('flows', () => api<FlowsReply>('GET', '/flows'));
  const templates = useFlowTemplates();
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState(BLANK);
  const template = templates.find((t) => t.id === templateId);

  const form = useFormSubmit({
    send: () => {
      const flowName = name.trim() || template?.name || 'Untitled flow';
      // A document's name is the flow's name, so the template's own name must not win.
      const body = template
        ? { name: flowName, document: { ...template.build(), name: flowName } }
        : { name: flowName };
      return api<FlowDetail>('POST', '/flows', body);
    },
    // The row has no room for messages under its inputs: the server's words go below it.
    shows: () => false,
    onSent: (flow) => navigate(`/flows/${flow.id}`),
  });
  const creating = form.busy;

  return (
    <Page title="Call flows">
      <form className="card new-flow" onSubmit={(e) => void form.submit(e)}>
        <div className="new-flow-row">
          <input
            aria-label="New flow name"
            placeholder={template ? template.name : 'New flow name'}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <select
            aria-label="Start from"
            value={templateId}
            onChange={(e) => setTemplateId(e.target.value)}
          >
            <option value={BLANK}>Blank flow</option>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          <button type="submit" className="primary" disabled={creating}>
            {creating ? 'Creating…' : 'New flow'}
          </button>
        </div>
        <p className="muted new-flow-hint">
          {template
            ? template.description
            : 'Starts with just the incoming call; add steps from the palette.'}
        </p>
      </form>
      {form.failure && <ErrorBox error={new Error(form.failure)} />}
      {flows.loading && <Loading what="flows" />}
      {flows.error ? <ErrorBox error={flows.error} retry={flows.reload} /> : null}
      {flows.data && (
        <table className="list">
          <thead>
            <tr>
              <th>Name</th>
              <th>Published</th>
              <th>Answers</th>
              <th>Draft saved</th>
            </tr>
          </thead>
          <tbody>
            {flows.data.flows.map((f) => (
              <tr key={f.id}>
                <td>
                  <Link href={`/flows/${f.id}`}>{f.name}</Link>
                </td>
                <td>
                  {f.published ? (
                    <span className="badge ok">Revision {f.published.number}</span>
                  ) : (
                    <span className="badge">Draft only</span>
                  )}
                </td>
                <td>
                  {f.numbers.length === 0 ? (
                    <span className="muted">No number</span>
                  ) : (
                    <ul className="flow-numbers">
                      {f.numbers.map((n) => (
                        <li key={n.id}>
                          {n.name} <span className="muted">{n.number}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="muted">
                  <time dateTime={f.draftUpdatedAt} title={exactTime(f.draftUpdatedAt)}>
                    {formatWhen(f.draftUpdatedAt)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
