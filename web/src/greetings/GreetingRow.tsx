import { Pencil, Play, Upload } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { api } from '../api/client.js';
import { ConfirmButton } from '../ui/ConfirmButton.js';
import { messageOf } from '../ui/field-errors.js';
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
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const path = `/greetings/${encodeURIComponent(g.id)}`;
  const synthesis = synthesisLine(g.synthesis);
  const length = durationText(g.durationSeconds);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (e) {
      setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      onChanged(await api<Greeting>('PATCH', path, { name: name.trim() }));
      setRenaming(false);
    });
  };
  const replace = (file: File | undefined) => {
    if (!file) return;
    const problem = uploadProblem(file);
    if (problem) {
      setFailure(`File not used: ${problem}`);
      return;
    }
    void act(async () => onChanged(await replaceGreetingFile(g.id, file)));
  };

  return (
    <article className="card greeting-card" aria-label={g.name}>
      <div className="greeting-main">
        {renaming ? (
          <form className="greeting-rename" aria-label="Rename" onSubmit={rename}>
            <input
              aria-label="Name"
              required
              maxLength={100}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" className="primary" disabled={busy}>
              Save
            </button>
            <button
              type="button"
              className="ghost"
              onClick={() => {
                setName(g.name);
                setRenaming(false);
              }}
            >
              Cancel
            </button>
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
