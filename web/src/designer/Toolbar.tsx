import {
  Download,
  FlaskConical,
  History,
  LayoutGrid,
  Redo2,
  Rocket,
  Undo2,
  Upload,
} from 'lucide-react';
import { type ChangeEvent, useRef } from 'react';
import { DraftStatus } from './DraftStatus.js';
import { liveOnText } from './live-on.js';
import { SaveIndicator } from './SaveIndicator.js';
import {
  selectErrorCount,
  selectFlowName,
  selectLiveOn,
  selectPublishedNumber,
} from './selectors.js';
import { designerStore } from './store.js';
import { useDesigner } from './use-designer.js';

export interface ToolbarProps {
  flowId: string;
  retrySave(): void;
  onLayout(): void;
  onExport(): void;
  onImport(text: string): void;
  onPublish(): void;
  historyOpen: boolean;
  onToggleHistory(): void;
  simulating: boolean;
  onToggleSimulate(): void;
}

/** The flow's name, its save state and the commands on the whole flow. */
export function Toolbar(props: ToolbarProps) {
  const name = useDesigner(selectFlowName);
  const canUndo = useDesigner((s) => s.canUndo);
  const canRedo = useDesigner((s) => s.canRedo);
  const errors = useDesigner(selectErrorCount);
  const published = useDesigner(selectPublishedNumber);
  const liveOn = useDesigner(selectLiveOn);
  const file = useRef<HTMLInputElement>(null);
  const { undo, redo, setName } = designerStore.getState();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (chosen) props.onImport(await chosen.text());
  };

  return (
    <header className="designer-toolbar">
      <input
        className="flow-name"
        aria-label="Flow name"
        value={name}
        maxLength={120}
        onChange={(e) => setName(e.target.value)}
      />
      <span
        className={`badge${published && liveOn.length ? ' ok' : ''}`}
        title={liveOn.map((n) => `${n.name} ${n.number}`).join('\n') || undefined}
      >
        {published ? liveOnText(published, liveOn) : 'Not published'}
      </span>
      <SaveIndicator retry={props.retrySave} />
      <span className="spacer" />
      <button
        type="button"
        onClick={undo}
        disabled={!canUndo}
        title="Undo (Ctrl+Z)"
        aria-label="Undo"
      >
        <Undo2 size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        title="Redo (Ctrl+Shift+Z)"
        aria-label="Redo"
      >
        <Redo2 size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        onClick={props.onLayout}
        title="Arrange the flow left to right"
        aria-label="Auto-layout"
      >
        <LayoutGrid size={16} aria-hidden="true" />
        <span className="toolbar-label">Auto-layout</span>
      </button>
      <button type="button" onClick={props.onExport} title="Export" aria-label="Export">
        <Download size={16} aria-hidden="true" />
        <span className="toolbar-label">Export</span>
      </button>
      <button
        type="button"
        onClick={() => file.current?.click()}
        title="Import"
        aria-label="Import"
      >
        <Upload size={16} aria-hidden="true" />
        <span className="toolbar-label">Import</span>
      </button>
      <input
        ref={file}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Import a flow file"
        onChange={onFile}
      />
      <button
        type="button"
        className={props.historyOpen ? 'active' : ''}
        aria-pressed={props.historyOpen}
        onClick={props.onToggleHistory}
        title="History"
        aria-label="History"
      >
        <History size={16} aria-hidden="true" />
        <span className="toolbar-label">History</span>
      </button>
      <button
        type="button"
        className={props.simulating ? 'active' : ''}
        aria-pressed={props.simulating}
        onClick={props.onToggleSimulate}
        title="Step a call through the flow at a chosen date and time"
        aria-label="Simulate"
      >
        <FlaskConical size={16} aria-hidden="true" />
        <span className="toolbar-label">Simulate</span>
      </button>
      <DraftStatus flowId={props.flowId} />
      <button
        type="button"
        className="primary"
        onClick={props.onPublish}
        title={errors ? `${errors} errors to fix first` : 'Publish a new revision'}
      >
        <Rocket size={16} aria-hidden="true" /> Publish
      </button>
    </header>
  );
}
