import './voicemail-panel.css';
import { ArrowLeft, PhoneIncoming } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { api } from '../api/client.js';
import type { ApiReply } from '../api/types.js';
import { ConfirmButton } from '../ui/ConfirmButton.js';
import { exactTime } from '../ui/dates.js';
import { Field } from '../ui/Field.js';
import { messageOf } from '../ui/field-errors.js';
import { LoadFailure } from '../ui/LoadFailure.js';
import { playerTime } from '../ui/player-state.js';
import { ErrorBox, Loading } from '../ui/status.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { useResource } from '../ui/use-resource.js';
import { CommentsSection } from './CommentsSection.js';
import { summaryOf } from './inbox-list.js';
import { StatusChips } from './StatusChips.js';
import { TranscriptSection } from './TranscriptSection.js';
import type { AssigneesReply, VoicemailDetail, VoicemailSummary } from './types.js';
import { useUnread } from './unread.js';
import { VoicemailAudio } from './VoicemailAudio.js';

/** How often a voicemail whose audio is being copied is asked again. */
const FETCHING_RELOAD_MS = 4000;

const refreshBadge = () => void useUnread.getState().refresh();

/**
 * One voicemail, opened: who called, the player, the transcript (or why there
 * is none), handling, assignment, comments and delete. Opening it marks it
 * read for the signed-in user.
 */
export function VoicemailPanel({
  id,
  onChange,
  onDeleted,
}: {
  id: string;
  /** The row's new fields, so the list shows the change at once. */
  onChange(id: string, fields: Partial<VoicemailSummary>): void;
  onDeleted(id: string): void;
}) {
  const path = `/voicemails/${encodeURIComponent(id)}`;
  const detail = useResource(`voicemail:${id}`, () => api<VoicemailDetail>('GET', path));
  const assignees = useResource('voicemail-assignees', () =>
    api<AssigneesReply>('GET', '/voicemails/assignees'),
  );
  const [read, setRead] = useState(true);
  const [readFailure, setReadFailure] = useState<string | null>(null);
  // The panel's buttons each save at once: the work of the one pressed, run by the submit.
  const work = useRef<() => Promise<void>>(async () => undefined);
  const form = useFormSubmit({ send: () => work.current(), shows: () => false });
  const busy = form.busy;
  const failure = form.failure ?? readFailure;
  const report = useRef(onChange);
  report.current = onChange;
  const reload = useRef(detail.reload);
  reload.current = detail.reload;

  // Opening is reading: for this user only, and the badge follows.
  useEffect(() => {
    setRead(true);
    setReadFailure(null);
    api('POST', `/voicemails/${encodeURIComponent(id)}/read`)
      .then(() => {
        report.current(id, { read: true });
        refreshBadge();
      })
      .catch((e) => {
        // It stays unread on the server: say so rather than show it read.
        setRead(false);
        setReadFailure(`Could not mark it read: ${messageOf(e)}`);
      });
  }, [id]);

  // The panel is keyed by the id, so its data is this voicemail's, also while it is asked again.
  const data = detail.data;
  // The row follows what the detail says (audio copied since, a new comment from someone else).
  useEffect(() => {
    if (data) report.current(data.id, { ...summaryOf(data), read });
  }, [data, read]);
  // The copy from the provider takes seconds: ask again until it is done.
  useEffect(() => {
    if (data?.audio.status !== 'fetching') return;
    const timer = setTimeout(() => reload.current(), FETCHING_RELOAD_MS);
    return () => clearTimeout(timer);
  }, [data]);

  if (detail.error) return <ErrorBox error={detail.error} retry={detail.reload} />;
  if (!data) return <Loading what="the voicemail" />;
  const v = data;

  const act = (next: () => Promise<void>) => {
    work.current = next;
    setReadFailure(null);
    return form.submit();
  };
  const update = (body: { status?: 'new' | 'handled'; assigneeId?: string | null }) =>
    act(async () => {
      detail.set(await api<VoicemailDetail>('PATCH', path, body));
      refreshBadge();
    });
  const markUnread = () =>
    act(async () => {
      await api('DELETE', `${path}/read`);
      setRead(false);
      refreshBadge();
    });
  const addComment = async (body: string) => {
    const { comment } = await api<ApiReply<'/voicemails/{id}/comments', 'post'>>(
      'POST',
      `${path}/comments`,
      {
        body,
      },
    );
    detail.set({ ...v, comments: [...v.comments, comment], commentCount: v.commentCount + 1 });
  };
  const remove = async () => {
    await api('DELETE', path);
    refreshBadge();
    onDeleted(v.id);
  };
  const team = assignees.data?.users ?? [];

  return (
    <article className="vm-panel card" aria-label={`Voicemail from ${v.caller}`}>
      <Link href="/voicemail" className="vm-back">
        <ArrowLeft size={14} aria-hidden="true" /> Inbox
      </Link>
      <header className="vm-panel-header">
        <h2>{v.caller}</h2>
        <p className="muted">
          To {v.numberName ?? v.business} · <time dateTime={v.at}>{exactTime(v.at)}</time> ·{' '}
          {playerTime(v.durationSeconds)}
        </p>
        <StatusChips voicemail={v} />
        {v.status === 'handled' && v.handledAt && (
          <p className="muted small-text vm-handled">
            Handled{v.handledBy ? ` by ${v.handledBy.name}` : ''} on {exactTime(v.handledAt)}
          </p>
        )}
      </header>
      <VoicemailAudio voicemail={v} />
      <TranscriptSection voicemail={v} onSaved={detail.set} />
      <div className="vm-actions">
        {v.status === 'new' ? (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void update({ status: 'handled' })}
          >
            Mark handled
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => void update({ status: 'new' })}>
            Mark new
          </button>
        )}
        {read && (
          <button type="button" className="ghost" disabled={busy} onClick={() => void markUnread()}>
            Mark unread
          </button>
        )}
        {v.call && (
          <Link href={`/calls/${encodeURIComponent(v.call.id)}`} className="button">
            <PhoneIncoming size={14} aria-hidden="true" /> View call
          </Link>
        )}
      </div>
      <Field label="Assigned to" className="vm-assign">
        <select
          value={v.assignee?.id ?? ''}
          disabled={busy || !assignees.data}
          onChange={(e) => void update({ assigneeId: e.target.value || null })}
        >
          <option value="">Unassigned</option>
          {/* Someone no longer listed stays visible as the current choice. */}
          {v.assignee && !team.some((u) => u.id === v.assignee?.id) && (
            <option value={v.assignee.id}>{v.assignee.name}</option>
          )}
          {team.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      <LoadFailure what="the team to assign to" resource={assignees} />
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <CommentsSection comments={v.comments} onAdd={addComment} />
      <footer className="vm-delete">
        <ConfirmButton
          question="Delete this voicemail? Its recording is deleted at once."
          onConfirm={remove}
        />
      </footer>
    </article>
  );
}
