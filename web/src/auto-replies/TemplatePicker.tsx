import { AUTO_REPLY_TEMPLATES, type AutoReplyTemplate } from '@ringflow/shared';
import { FilePlus2 } from 'lucide-react';
import { periodsOf, TRIGGER_LABELS } from './rule-summary.js';

/** The catalogue of ready-made auto-replies, and a blank one; picking one opens the editor. */
export function TemplatePicker({
  onPick,
  onCancel,
}: {
  onPick(template: AutoReplyTemplate | null): void;
  onCancel(): void;
}) {
  return (
    <div className="template-picker">
      <ul className="plain template-list" aria-label="Templates">
        {AUTO_REPLY_TEMPLATES.map((t) => (
          <li key={t.id}>
            <button type="button" className="template-choice" onClick={() => onPick(t)}>
              <span className="strong">{t.name}</span>
              <span className="muted small-text">
                {TRIGGER_LABELS[t.trigger]} · {periodsOf(t.texts)}
              </span>
              <span className="small-text">{t.description}</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="template-choice" onClick={() => onPick(null)}>
            <span className="strong">
              <FilePlus2 size={14} aria-hidden="true" /> Blank
            </span>
            <span className="small-text">
              Start from nothing: choose the trigger and write the texts.
            </span>
          </button>
        </li>
      </ul>
      <footer>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </footer>
    </div>
  );
}
