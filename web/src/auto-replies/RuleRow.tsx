import type { AutoReplyRule } from '@ringflow/shared';
import { useState } from 'react';
import { ConfirmButton } from '../ui/ConfirmButton.js';
import { messageOf } from '../ui/field-errors.js';
import { ActiveSwitch } from './ActiveSwitch.js';
import { ruleSummary, variantPreviews } from './rule-summary.js';

/** One auto-reply in the list: when it fires, its texts filled with sample values, and its controls. */
export function RuleRow({
  rule,
  values,
  onToggle,
  onEdit,
  onDelete,
}: {
  rule: AutoReplyRule;
  values: Readonly<Record<string, string>>;
  onToggle(active: boolean): Promise<void>;
  onEdit(): void;
  onDelete(): Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggle = async (active: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await onToggle(active);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const previews = variantPreviews(rule.texts, values);
  return (
    <article className={`rule-row${rule.active ? ' active' : ''}`} aria-label={rule.name}>
      <div className="rule-main">
        <h3>{rule.name}</h3>
        <p className="muted small-text rule-summary">{ruleSummary(rule)}</p>
        {previews.length === 0 ? (
          <p className="muted small-text">No text yet: it never sends anything.</p>
        ) : (
          <dl className="rule-previews">
            {previews.map((p) => (
              <div key={p.variant}>
                <dt>{p.label}</dt>
                <dd title={p.text}>{p.text}</dd>
              </div>
            ))}
          </dl>
        )}
        {error && (
          <p className="error small-text" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="row-actions rule-actions">
        <ActiveSwitch checked={rule.active} disabled={busy} onChange={(a) => void toggle(a)} />
        <button type="button" onClick={onEdit}>
          Edit
        </button>
        <ConfirmButton question={`Delete “${rule.name}”? It stops at once.`} onConfirm={onDelete} />
      </div>
    </article>
  );
}
