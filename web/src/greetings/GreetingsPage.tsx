import './greetings.css';
import { Mic, Type, Upload } from 'lucide-react';
import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { Modal } from '../ui/Modal.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { GreetingRow } from './GreetingRow.js';
import { RecordGreeting } from './RecordGreeting.js';
import { SpeechStatusError } from './SpeechStatusError.js';
import { TtsGreetingForm } from './TtsGreetingForm.js';
import type { Greeting, GreetingsReply } from './types.js';
import { UploadGreeting } from './UploadGreeting.js';
import { NO_AZURE_BANNER, useSpeechStatus } from './use-speech.js';

type Adding = 'upload' | 'record' | 'tts' | { edit: Greeting } | null;

/** How often the list is asked again while a greeting is being synthesised. */
const PENDING_RELOAD_MS = 3000;

/** `/greetings`: the library of what callers hear, and the three ways to add to it. */
export function GreetingsPage() {
  const greetings = useResource('greetings', () => api<GreetingsReply>('GET', '/greetings'));
  const speech = useSpeechStatus();
  const [adding, setAdding] = useState<Adding>(null);
  const list = greetings.data?.greetings ?? [];

  const put = (g: Greeting) => {
    const others = list.filter((x) => x.id !== g.id);
    const known = others.length !== list.length;
    greetings.set({ greetings: known ? list.map((x) => (x.id === g.id ? g : x)) : [g, ...list] });
  };
  const saved = (g: Greeting) => {
    put(g);
    setAdding(null);
  };
  // Synthesis takes seconds: ask again until no greeting is pending.
  const pending = list.some((g) => g.synthesis?.status === 'pending');
  const reload = greetings.reload;
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(reload, PENDING_RELOAD_MS);
    return () => clearTimeout(timer);
  }, [pending, reload]);

  const close = () => setAdding(null);
  return (
    <Page
      title="Greetings"
      actions={
        <>
          <button type="button" className="primary" onClick={() => setAdding('upload')}>
            <Upload size={14} aria-hidden="true" /> Upload
          </button>
          <button type="button" onClick={() => setAdding('record')}>
            <Mic size={14} aria-hidden="true" /> Record
          </button>
          <button type="button" onClick={() => setAdding('tts')}>
            <Type size={14} aria-hidden="true" /> Text to speech
          </button>
        </>
      }
    >
      <p className="muted page-intro">
        What callers hear in voicemail, phone menu and message steps. Pick a greeting in a step's
        settings; calls fetch it through a signed link.
      </p>
      {speech.data && speech.data.engine !== 'azure' && (
        <p className="speech-banner" role="note">
          {NO_AZURE_BANNER}
        </p>
      )}
      <SpeechStatusError speech={speech} />
      {greetings.error ? <ErrorBox error={greetings.error} retry={greetings.reload} /> : null}
      {greetings.loading && !greetings.data && <Loading what="greetings" />}
      {greetings.data && list.length === 0 && (
        <div className="card empty">No greetings yet. Upload, record or type one.</div>
      )}
      <div className="greeting-list">
        {list.map((g) => (
          <GreetingRow
            key={g.id}
            greeting={g}
            onChanged={put}
            onDeleted={(id) => greetings.set({ greetings: list.filter((x) => x.id !== id) })}
            onEditText={(edit) => setAdding({ edit })}
          />
        ))}
      </div>
      {adding === 'upload' && (
        <Modal title="Upload a greeting" onClose={close}>
          <UploadGreeting onSaved={saved} onCancel={close} />
        </Modal>
      )}
      {adding === 'record' && (
        <Modal title="Record a greeting" onClose={close}>
          <RecordGreeting onSaved={saved} onCancel={close} />
        </Modal>
      )}
      {adding === 'tts' && (
        <Modal title="Text to speech" onClose={close}>
          <TtsGreetingForm onSaved={saved} onCancel={close} />
        </Modal>
      )}
      {adding && typeof adding === 'object' && (
        <Modal title={`Edit “${adding.edit.name}”`} onClose={close}>
          <TtsGreetingForm greeting={adding.edit} onSaved={saved} onCancel={close} />
        </Modal>
      )}
    </Page>
  );
}
