import { definitionOf, isEntryKind, NODE_KINDS, type NodeKind } from '@ringflow/shared';
import type { CSSProperties, DragEvent } from 'react';
import { KIND_MIME } from './drop-position.js';
import { KindIcon } from './KindIcon.js';
import { useAddNode } from './use-add-node.js';
import { useDesigner } from './use-designer.js';

/**
 * The node kinds, from the shared registry. Drag one onto the canvas, or
 * press it (Enter, Space, click) to add it at a free place in view.
 */
export function Palette() {
  const hasEntry = useDesigner((s) => s.nodes.some((n) => isEntryKind(n.type)));
  const addNode = useAddNode();
  const kinds = NODE_KINDS.filter((kind) => !(hasEntry && isEntryKind(kind)));

  const onDragStart = (event: DragEvent, kind: NodeKind) => {
    event.dataTransfer.setData(KIND_MIME, kind);
    event.dataTransfer.effectAllowed = 'move';
  };

  return (
    <aside className="designer-palette" aria-label="Node kinds">
      <h2>Add a step</h2>
      <p className="muted palette-hint">Drag onto the canvas, or press to add</p>
      <ul>
        {kinds.map((kind) => {
          const definition = definitionOf(kind);
          return (
            <li key={kind}>
              <button
                type="button"
                className="palette-item"
                draggable
                data-kind={kind}
                onDragStart={(e) => onDragStart(e, kind)}
                onClick={() => addNode(kind)}
                style={{ '--kind-color': definition.color } as CSSProperties}
              >
                <span className="palette-icon">
                  <KindIcon name={definition.icon} />
                </span>
                <span className="palette-text">
                  <strong>{definition.label}</strong>
                  <span className="muted">{definition.description}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
