import { useCallback, useRef, useState } from 'react';
import { useSearch } from 'wouter';
import type { PublishedRevision } from '../api/types.js';
import { SimulatorPanel } from '../simulator/SimulatorPanel.js';
import { downloadText } from '../ui/download.js';
import { Canvas } from './Canvas.js';
import { FindingsPanel } from './FindingsPanel.js';
import { copyText, exportDocument, importDocument, layOut, pasteText } from './graph-commands.js';
import { HistorySidebar } from './HistorySidebar.js';
import { importText } from './lib/import-export.js';
import { publishedText, rolledBackText } from './live-on.js';
import { Palette } from './Palette.js';
import { PublishDialog } from './PublishDialog.js';
import { SettingsPanel } from './SettingsPanel.js';
import { selectErrorCount } from './selectors.js';
import { designerStore } from './store.js';
import { Toolbar } from './Toolbar.js';
import { useAutosave } from './use-autosave.js';
import { useDesigner } from './use-designer.js';
import { useDesignerFit } from './use-designer-fit.js';
import { useShortcuts } from './use-shortcuts.js';
import { useValidation } from './use-validation.js';
import './designer.css';

/** The designer's frame: toolbar, palette, canvas, settings or history, findings. */
interface DesignerProps {
  flowId: string;
  /** Loads the flow again (after a rollback), then shows `notice`. */
  reload(notice: string): void;
  notice?: string | undefined;
}

export function Designer({ flowId, reload, notice: initialNotice }: DesignerProps) {
  const { saveNow, discard } = useAutosave(flowId);
  useValidation();
  const [publishing, setPublishing] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  // `?replay=<call id>` arrives from the call log: open the simulator on that call.
  const replayCallId = new URLSearchParams(useSearch()).get('replay');
  const [simulating, setSimulating] = useState(replayCallId !== null);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(
    initialNotice ? { text: initialNotice } : null,
  );
  const pastes = useRef(0);
  // Steps that moved all at once (a layout, an import) are shown where they now are.
  const fit = useDesignerFit();

  const copy = useCallback(() => {
    pastes.current = 0;
    return copyText(designerStore.getState());
  }, []);
  const paste = useCallback((text: string) => {
    pastes.current += 1;
    pasteText(designerStore.getState(), text, 30 * pastes.current);
  }, []);
  useShortcuts({ copy, paste });

  const onExport = () => {
    const { filename, text } = exportDocument(designerStore.getState());
    downloadText(filename, text);
  };
  const onImport = (text: string) => {
    const result = importText(text);
    if (!result.ok) return setNotice({ text: result.message, error: true });
    importDocument(designerStore.getState(), result.document);
    fit();
    setNotice({ text: 'Flow imported. Undo brings the previous one back.' });
  };
  const onPublished = (revision: PublishedRevision) => {
    setPublishing(false);
    designerStore.getState().setPublished(revision.number);
    const liveOn = designerStore.getState().liveOn;
    setNotice({ text: `${publishedText(revision.number, liveOn)}${uncheckedVoices(revision)}` });
  };
  const onRolledBack = (revision: PublishedRevision) => {
    discard();
    reload(
      `Rolled back: ${rolledBackText(revision.number, designerStore.getState().liveOn)} The draft is reset to it.${uncheckedVoices(revision)}`,
    );
  };
  const errors = useDesigner(selectErrorCount);

  return (
    <div className="designer">
      <p className="designer-narrow" role="note">
        The designer needs a wider screen: at least 1024 pixels (a laptop or a tablet held
        sideways). Calls, voicemail, numbers and the other pages work on this one.
      </p>
      <Toolbar
        flowId={flowId}
        retrySave={() => void saveNow()}
        onLayout={() => {
          layOut(designerStore.getState());
          fit();
        }}
        onExport={onExport}
        onImport={onImport}
        onPublish={() => setPublishing(true)}
        historyOpen={historyOpen}
        onToggleHistory={() => {
          if (historyOpen) designerStore.getState().setDiff(null);
          setHistoryOpen(!historyOpen);
          setSimulating(false);
        }}
        simulating={simulating}
        onToggleSimulate={() => {
          if (historyOpen) designerStore.getState().setDiff(null);
          setHistoryOpen(false);
          setSimulating(!simulating);
        }}
      />
      {notice && (
        <div
          className={`designer-notice${notice.error ? ' error' : ''}`}
          role={notice.error ? 'alert' : 'status'}
        >
          <span>{notice.text}</span>
          <button type="button" className="ghost" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      <div className="designer-body">
        <Palette />
        <div className="designer-center">
          <Canvas />
          <FindingsPanel />
        </div>
        {simulating ? (
          <SimulatorPanel flowId={flowId} saveNow={saveNow} replayCallId={replayCallId} />
        ) : historyOpen ? (
          <HistorySidebar flowId={flowId} onRolledBack={onRolledBack} />
        ) : (
          <SettingsPanel />
        )}
      </div>
      {publishing && (
        <PublishDialog
          flowId={flowId}
          errors={errors}
          beforePublish={saveNow}
          onClose={() => setPublishing(false)}
          onPublished={onPublished}
        />
      )}
    </div>
  );
}

/** The server could not check the voices (Azure did not answer): said with the news, after a space. */
function uncheckedVoices(revision: PublishedRevision): string {
  const finding = (revision.findings ?? []).find((f) => f.code === 'prompt-voices-unchecked');
  return finding ? ` ${finding.message}` : '';
}
