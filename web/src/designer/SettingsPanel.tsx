import { definitionOf, isEntryKind } from '@ringflow/shared';
import { useReactFlow } from '@xyflow/react';
import { Trash2 } from 'lucide-react';
import { useMemo } from 'react';
import { TextInput } from '../nodes/fields.js';
import { nodeUi } from '../nodes/registry.js';
import { fieldErrors } from './field-errors.js';
import { KindIcon } from './KindIcon.js';
import { OutcomeTargets } from './OutcomeTargets.js';
import { useQuietErrors } from './quiet-errors.js';
import { selectedCount, singleSelectedId } from './selection.js';
import { selectSchedules } from './selectors.js';
import { designerStore } from './store.js';
import { useDesigner } from './use-designer.js';

/** The settings of the selected node: its name, then its kind's own form. */
export function SettingsPanel() {
  const id = useDesigner((s) => singleSelectedId(s.nodes));
  const count = useDesigner((s) => selectedCount(s.nodes));
  // Type and data separately, so dragging the node (its position) does not re-render the form.
  const kind = useDesigner((s) => (id ? s.nodes.find((n) => n.id === id)?.type : undefined));
  const data = useDesigner((s) => (id ? s.nodes.find((n) => n.id === id)?.data : undefined));
  const findings = useDesigner((s) => (id ? s.findingsByNode[id] : undefined));
  const members = useDesigner((s) => s.members);
  const schedules = useDesigner(selectSchedules);
  const { deleteElements } = useReactFlow();
  const all = useMemo(() => (kind && data ? fieldErrors(kind, data) : {}), [kind, data]);
  const { shown: errors, quiet } = useQuietErrors(id, data, all);
  const said = findings?.filter((f) => !(f.path && quiet.has(f.path.join('.'))));

  if (!id || !kind || !data) {
    return (
      <aside className="designer-settings" aria-label="Settings">
        <p className="muted">
          {count > 1
            ? `${count} steps selected. Delete, copy or drag them together.`
            : 'Select a step to edit its settings.'}
        </p>
      </aside>
    );
  }
  const definition = definitionOf(kind);
  const { Settings } = nodeUi[kind];
  const onChange = (patch: Record<string, unknown>) =>
    designerStore.getState().updateData(id, patch);
  return (
    <aside className="designer-settings" aria-label="Settings">
      <header className="settings-header" style={{ color: definition.color }}>
        <KindIcon name={definition.icon} size={18} />
        <h2>{definition.label}</h2>
        <span className="muted settings-id">{id}</span>
      </header>
      {said && said.length > 0 && (
        <ul className="settings-findings">
          {said.map((f) => (
            <li key={`${f.code}-${f.path?.join('.')}`} className={f.severity}>
              {f.message}
            </li>
          ))}
        </ul>
      )}
      <TextInput
        label="Name on the canvas"
        value={data.label}
        placeholder={definition.label}
        error={errors.label}
        onChange={(label) => onChange({ label: label || undefined })}
      />
      {/* One form per node: a form's own state (a prompt set aside by a switch) never follows to another node. */}
      <Settings
        key={id}
        data={data}
        errors={errors}
        onChange={onChange}
        members={members}
        schedules={schedules}
      />
      <OutcomeTargets node={{ id, type: kind, data }} />
      {!isEntryKind(kind) && (
        <button
          type="button"
          className="danger settings-delete"
          onClick={() => void deleteElements({ nodes: [{ id }] })}
        >
          <Trash2 size={14} aria-hidden="true" /> Delete step
        </button>
      )}
    </aside>
  );
}
