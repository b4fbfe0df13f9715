import { type FormEvent, useState } from 'react';
import { Field } from '../admin/Field.js';
import { messageOf } from '../admin/field-errors.js';
import { exactTime, relativeTime } from '../ui/dates.js';
import type { VoicemailComment } from './types.js';

const MAX_COMMENT = 2000;

/** The team's notes on a voicemail, oldest first, and a form to add one. */
export function CommentsSection({
  comments,
  onAdd,
}: {
  comments: VoicemailComment[];
  onAdd(body: string): Promise<void>;
}) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const now = Date.now();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return setFailure('Write something first');
    setBusy(true);
    setFailure(null);
    try {
      await onAdd(text);
      setBody('');
    } catch (e) {
      setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="vm-comments" aria-labelledby="vm-comments-title">
      <h3 id="vm-comments-title">Comments</h3>
      {comments.length === 0 && <p className="muted small-text">No comments yet.</p>}
      {comments.length > 0 && (
        <ol className="vm-comment-list">
          {comments.map((c) => (
            <li key={c.id} className="vm-comment">
              <header>
                <span className="strong vm-comment-author">{c.author.name}</span>
                <time className="muted small-text" dateTime={c.at} title={exactTime(c.at)}>
                  {relativeTime(c.at, now)}
                </time>
              </header>
              <p>{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form className="vm-comment-form" aria-label="Add a comment" onSubmit={(e) => void submit(e)}>
        <Field label="Comment" error={failure ?? undefined}>
          <textarea
            rows={2}
            maxLength={MAX_COMMENT}
            value={body}
            placeholder="Called back, left a message…"
            onChange={(e) => setBody(e.target.value)}
          />
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? 'Adding…' : 'Add comment'}
        </button>
      </form>
    </section>
  );
}
