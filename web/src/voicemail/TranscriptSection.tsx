import { useState } from 'react';
import { api } from '../api/client.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import type { VoicemailDetail } from './types.js';
import { transcriptMeta, transcriptView } from './voicemail-view.js';

/**
 * The transcript of an opened voicemail: the text (or why there is none),
 * its language, engine and confidence, and "Edit" for the team to correct
 * it (PATCH …/transcript), after which it says who corrected it.
 */
export function TranscriptSection({
  voicemail: v,
  onSaved,
}: {
  voicemail: VoicemailDetail;
  onSaved(detail: VoicemailDetail): void;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const view = transcriptView(v.transcript);
  const meta = transcriptMeta(v.transcript);
  const editable = v.transcript.status === 'done' || v.transcript.status === 'failed';

  const form = useFormSubmit({
    send: () =>
      api<VoicemailDetail>('PATCH', `/voicemails/${encodeURIComponent(v.id)}/transcript`, {
        text,
      }),
    // The one field has no message of its own: the server's goes above the buttons.
    shows: () => false,
    onSent: (saved) => {
      onSaved(saved);
      setEditing(false);
    },
  });
  const { busy, failure } = form;

  return (
    <section className="vm-transcript" aria-labelledby="vm-transcript-title">
      <h3 id="vm-transcript-title">Transcript</h3>
      {editing ? (
        <form
          className="vm-transcript-edit"
          aria-label="Correct the transcript"
          onSubmit={form.submit}
        >
          <textarea
            aria-label="Transcript text"
            rows={5}
            required
            maxLength={20000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          {failure && (
            <p className="error" role="alert">
              {failure}
            </p>
          )}
          <div className="vm-actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save transcript'}
            </button>
            <button type="button" className="ghost" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className={`vm-transcript-${view.kind}`}>{view.text}</p>
          {meta.length > 0 && (
            <p className="muted small-text vm-transcript-meta">{meta.join(' · ')}</p>
          )}
          {editable && (
            <button
              type="button"
              className="ghost small"
              onClick={() => {
                setText(v.transcript.text ?? '');
                form.clearFailure();
                setEditing(true);
              }}
            >
              Edit
            </button>
          )}
        </>
      )}
    </section>
  );
}
