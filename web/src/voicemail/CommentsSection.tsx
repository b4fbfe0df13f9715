import { useState } from 'react';
import { exactTime, relativeTime } from '../ui/dates.js';
import { Field } from '../ui/Field.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
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
  const now = Date.now();
  const form = useFormSubmit({
    check: (): Record<string, string> => (body.trim() ? {} : { body: 'Write something first' }),
    send: () => onAdd(body.trim()),
    shows: (path) => path === 'body',
    onSent: () => setBody(''),
  });
  const { busy } = form;

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
      <form
        className="vm-comment-form"
        aria-label="Add a comment"
        onSubmit={(e) => void form.submit(e)}
      >
        <Field label="Comment" error={form.errors.body ?? form.failure ?? undefined}>
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
