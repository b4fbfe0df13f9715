import './admin.css';
import { type CallResult, callRoute } from '@ringflow/flow-runtime';
import { definitionOf, isNodeKind } from '@ringflow/shared';
import { ArrowLeft, FlaskConical } from 'lucide-react';
import { Link, useParams } from 'wouter';
import { api } from '../api/client.js';
import type { CallDetail, Revision } from '../api/types.js';
import { CallAutoReplies } from '../auto-replies/CallAutoReplies.js';
import { namesFrom } from '../designer/names.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { CallVoicemails } from '../voicemail/CallVoicemails.js';
import { CallPathCanvas } from './CallPathCanvas.js';
import { CallSummaryCard } from './CallSummaryCard.js';
import { CallTimeline } from './CallTimeline.js';
import { routeSteps } from './call-path.js';
import { loadCallRevision } from './call-revision.js';
import type { TraceRow } from './trace-entry.js';
import type { MembersReply, SchedulesReply } from './types.js';

type CallWithTrace = CallDetail & { events: TraceRow[] };

/** The call's result as the runtime wrote it (the API types its outcome as text). */
const endedAs = (c: CallDetail): CallResult | null =>
  c.result && ({ ...c.result, path: c.path } as CallResult);

/** One call: its summary, the path it took on the flow revision it ran, and its trace. */
export function CallDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const call = useResource(`call:${id}`, () =>
    api<CallWithTrace>('GET', `/calls/${encodeURIComponent(id)}`),
  );
  const flowId = call.data?.flowId;
  const revisionId = call.data?.revisionId;
  const revision = useResource<Revision | null>(`call-revision:${flowId}:${revisionId}`, () =>
    flowId && revisionId ? loadCallRevision(flowId, revisionId) : Promise.resolve(null),
  );

  // Names only make the node summaries friendlier; without them the ids show.
  const names = useResource('call-names', async () => {
    const [m, s] = await Promise.all([
      api<MembersReply>('GET', '/members'),
      api<SchedulesReply>('GET', '/schedules'),
    ]);
    return namesFrom(m.members, s.schedules);
  });

  const back = (
    <>
      {call.data?.flowId && call.data.revisionId && (
        <Link
          href={`/flows/${encodeURIComponent(call.data.flowId)}?replay=${encodeURIComponent(id)}`}
          className="button"
        >
          <FlaskConical size={14} aria-hidden="true" /> Replay against the draft
        </Link>
      )}
      <Link href="/calls" className="button">
        <ArrowLeft size={14} aria-hidden="true" /> Call log
      </Link>
    </>
  );
  if (call.error)
    return (
      <Page title="Call" actions={back}>
        <ErrorBox error={call.error} retry={call.reload} />
      </Page>
    );
  if (!call.data)
    return (
      <Page title="Call" actions={back}>
        <Loading what="the call" />
      </Page>
    );

  const c = call.data;
  const doc = revision.data?.document;
  // A step as the canvas names it: its label, else its kind; the id only for a step the revision lacks.
  const label = (nodeId: string) => {
    const node = doc?.nodes.find((n) => n.id === nodeId);
    const text = node && typeof node.data.label === 'string' ? node.data.label.trim() : '';
    if (text) return text;
    return node && isNodeKind(node.type) ? definitionOf(node.type).label : nodeId;
  };
  return (
    <Page title={`Call from ${c.from}`} actions={back}>
      <CallSummaryCard call={c} revision={revision.data ?? null} label={label} />
      <CallVoicemails voicemails={c.voicemails ?? []} />
      <CallAutoReplies decisions={c.autoReplyDecisions ?? []} />
      <section className="card call-path" aria-label="Path">
        <h2>Path through the flow</h2>
        {!c.revisionId && <p className="muted">This call did not run a flow.</p>}
        {c.revisionId && revision.error ? (
          <ErrorBox error={revision.error} retry={revision.reload} />
        ) : null}
        {c.revisionId && !revision.error && !doc && <Loading what="the flow revision" />}
        {doc && (
          <CallPathCanvas
            document={doc}
            path={c.path}
            route={callRoute(doc, routeSteps(c.events), endedAs(c))}
            names={names.data}
          />
        )}
        {c.path.length > 0 && (
          <p className="muted small-text path-line">{c.path.map(label).join(' → ')}</p>
        )}
      </section>
      <section className="card" aria-label="Trace">
        <h2>Trace</h2>
        <CallTimeline events={c.events} label={label} />
      </section>
    </Page>
  );
}
