import './admin.css';
import './narrow-lists.css';
import './number-page.css';
import { ArrowLeft, MessageSquareReply, PenLine } from 'lucide-react';
import { Link, useParams } from 'wouter';
import { api } from '../api/client.js';
import type { PhoneNumber } from '../api/types.js';
import { formatWhen } from '../ui/dates.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { NumberFlowSelect } from './NumberFlowSelect.js';
import { NumberRecentCalls } from './NumberRecentCalls.js';
import { NumberWebhooks } from './NumberWebhooks.js';
import { APOLOGY, formatPhone } from './number-flow.js';
import type { FlowsReply, NumberSetup } from './types.js';

/**
 * One phone number: the flow and the published revision that answer it, the
 * webhook addresses to give Twilio, and its recent calls. Its auto-replies,
 * voicemail and notifications are on its settings page.
 */
export function NumberPage() {
  const { id = '' } = useParams<{ id: string }>();
  const path = `/numbers/${encodeURIComponent(id)}`;
  const number = useResource(`number:${id}`, () => api<PhoneNumber>('GET', path));
  const setup = useResource(`number-setup:${id}`, () => api<NumberSetup>('GET', `${path}/setup`));
  const flows = useResource('flows', () => api<FlowsReply>('GET', '/flows'));

  const actions = (
    <>
      <Link href="/numbers" className="button">
        <ArrowLeft size={14} aria-hidden="true" /> Numbers
      </Link>
      <Link href={`${path}/settings`} className="button">
        <MessageSquareReply size={14} aria-hidden="true" /> Auto-replies and voicemail
      </Link>
    </>
  );
  const failed = number.error ?? setup.error ?? flows.error;
  if (failed)
    return (
      <Page title="Phone number" actions={actions}>
        <ErrorBox
          error={failed}
          retry={() => {
            for (const r of [number, setup, flows]) if (r.error) r.reload();
          }}
        />
      </Page>
    );
  if (!number.data || !setup.data || !flows.data)
    return (
      <Page title="Phone number" actions={actions}>
        <Loading what="the number" />
      </Page>
    );

  const n = number.data;
  const s = setup.data;
  const revision = s.flow?.publishedRevision;
  return (
    <Page title={n.name} actions={actions}>
      <section className="card number-section" aria-labelledby="answers-title">
        <header className="number-title">
          <span className="mono strong number-e164">{formatPhone(n.number)}</span>
          {s.answering ? (
            <span className="badge ok">Answering</span>
          ) : (
            <span className="badge bad">Not answering</span>
          )}
        </header>
        <h2 id="answers-title">Answers with</h2>
        <div className="answers">
          <NumberFlowSelect
            number={n}
            flows={flows.data.flows}
            onSaved={(saved) => {
              number.set(saved);
              setup.reload();
            }}
          />
          {s.flow && revision && (
            <p className="revision-line">
              Revision {revision.number}, published {formatWhen(revision.createdAt)}
              {revision.author ? ` by ${revision.author.name}` : ''}
              {revision.message ? ` · “${revision.message}”` : ''}
            </p>
          )}
          {s.flow && !revision && (
            <p className="not-answering">
              “{s.flow.name}” is not published yet: callers hear “{APOLOGY}”. Publish it in the
              designer.
            </p>
          )}
          {!s.flow && <p className="not-answering">No flow: callers hear “{APOLOGY}”.</p>}
          {s.flow && (
            <Link href={`/flows/${encodeURIComponent(s.flow.id)}`} className="button small">
              <PenLine size={14} aria-hidden="true" /> Open “{s.flow.name}” in the designer
            </Link>
          )}
        </div>
        <p className="muted small-text">
          New calls run the revision published when they start; calls under way keep theirs.
        </p>
      </section>
      <NumberWebhooks webhooks={s.webhooks} />
      <NumberRecentCalls numberId={n.id} />
    </Page>
  );
}
