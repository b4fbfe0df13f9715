import { Pencil, Play, Upload } from 'lucide-react';
import { useRef, useState } from 'react';
import { api } from '../api/client.js';
import { ConfirmButton } from '../ui/ConfirmButton.js';
import { Field } from '../ui/Field.js';
import type { FieldErrors } from '../ui/field-errors.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { WaveformPlayer } from '../ui/WaveformPlayer.js';
import { downloadUrl } from '../voicemail/voicemail-view.js';
import { durationText, sourceLabel, synthesisLine } from './format.js';
import type { Greeting } from './types.js';
import { GREETING_ACCEPT, sizeText, uploadProblem } from './upload-check.js';
import { replaceGreetingFile } from './upload-greeting.js';
import { languageLabel } from './voices.js';

/**
 * One greeting of the library: name, where it came from, length, the flows
 * that use it, its preview (loaded when asked, so a long list does not fetch
 * every file), and download, rename, replace or edit, delete.
 */
export function GreetingRow({
  greeting: g,
  onChanged,
  onDeleted,
  onEditText,
}: {
  greeting: Greeting;
  onChanged(greeting: Greeting): void;
  onDeleted(id: string): void;
  onEditText(greeting: Greeting): void;
}) {
  const [previewing, setPreviewing] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(g.name);
  const path = `/greetings/${encodeURIComponent(g.id)}`;
  const synthesis = synthesisLine(g.synthesis);
  const length = durationText(g.durationSeconds);

  // The server says what is wrong with a name (blank, too long): under the field.
  const renameForm = useFormSubmit({
    send: () => api<Greeting>('PATCH', path, { name: name.trim() }),
    shows: (field) => field === 'name',
    onSent: (saved) => {
      onChanged(saved);
      setRenaming(false);
    },
  });
  // The file input replaces at once: the file chosen, read by the check and the submit.
  const chosen = useRef<File | null>(null);
  const replaceForm = useFormSubmit({
    check: (): FieldErrors => {
      const problem = chosen.current && uploadProblem(chosen.current);
      return problem ? { file: problem } : {};
    },
    send: () => replaceGreetingFile(g.id, chosen.current as File),
    shows: (field) => field === 'file',
    onSent: onChanged,
  });
  const replace = (file: File | undefined) => {
    if (!file) return;
    chosen.current = file;
    void replaceForm.submit();
  };
  const busy = renameForm.busy || replaceForm.busy;
  const fileProblem = replaceForm.errors.file;
  const failure =
    renameForm.failure ??
    replaceForm.failure ??
    (fileProblem ? `File not used: ${fileProblem}` : null);

  return (
    <article className="card greeting-card" aria-label={g.name}>
      <div className="greeting-main">
        {renaming ? (
          <form
            className="greeting-rename"
            aria-label="Rename"
            noValidate
            onSubmit={(e) => void renameForm.submit(e)}
          >
            <Field label="Name" error={renameForm.errors.name}>
              {(ids) => (
                <div className="greeting-rename-row">
                  <input
                    id={ids.id}
                    aria-describedby={ids.describedBy}
                    aria-invalid={ids.invalid}
                    maxLength={100}
                    value={name}
                    onChange={(e) => setName(e.target.value)}
                  />
                  <button type="submit" className="primary" disabled={renameForm.busy}>
                    {renameForm.busy ? 'Saving…' : 'Save'}
                  </button>
                  <button
                    type="button"
                    className="ghost"
                    onClick={() => {
                      setName(g.name);
                      renameForm.setErrors(() => ({}));
                      renameForm.clearFailure();
                      setRenaming(false);
                    }}
                  >
                    Cancel
                  </button>
                </div>
              )}
            </Field>
          </form>
        ) : (
          <h2>{g.name}</h2>
        )}
        <p className="muted small-text greeting-meta">
          <span className="badge">{sourceLabel(g.source)}</span> {length ?? 'length not known'}
          {g.bytes ? ` · ${sizeText(g.bytes)}` : ''}
          {g.version > 1 ? ` · version ${g.version}` : ''}
          {g.source === 'tts' && g.language ? ` · ${languageLabel(g.language)}` : ''}
          {g.source === 'tts' && g.voice ? ` · ${g.voice}` : ''}
        </p>
        {g.source === 'tts' && g.text && <p className="greeting-text">“{g.text}”</p>}
        {synthesis && (
          <p className={`small-text synthesis-${synthesis.tone}`} role="status">
            {synthesis.text}
          </p>
        )}
        <p className="small-text greeting-used">
          {g.usedBy.length > 0 ? `Used by ${g.usedBy.join(', ')}` : 'Not used by any flow'}
        </p>
        {g.audioUrl &&
          (previewing ? (
            <WaveformPlayer url={g.audioUrl} label={`Greeting ${g.name}`} height={48} />
          ) : (
            <button type="button" className="ghost" onClick={() => setPreviewing(true)}>
              <Play size={14} aria-hidden="true" /> Preview
            </button>
          ))}
        {failure && (
          <p className="error" role="alert">
            {failure}
          </p>
        )}
      </div>
      <div className="row-actions">
        {g.audioUrl && (
          <a className="button" href={downloadUrl(g.audioUrl)} download>
            Download
          </a>
        )}
        {!renaming && (
          <button type="button" onClick={() => setRenaming(true)}>
            Rename
          </button>
        )}
        {g.source === 'tts' ? (
          <button type="button" onClick={() => onEditText(g)}>
            <Pencil size={14} aria-hidden="true" /> Edit text
          </button>
        ) : (
          <label className={`button file-button${busy ? ' disabled' : ''}`}>
            <Upload size={14} aria-hidden="true" /> Replace file
            <input
              type="file"
              className="sr-only"
              accept={GREETING_ACCEPT}
              disabled={busy}
              onChange={(e) => {
                replace(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </label>
        )}
        <ConfirmButton
          question={`Delete “${g.name}”?`}
          onConfirm={async () => {
            await api('DELETE', path);
            onDeleted(g.id);
          }}
        />
      </div>
    </article>
  );
}
