import type { AutoReplyRule } from '@ringflow/shared';
import { useRef } from 'react';
import { ConfirmButton } from '../ui/ConfirmButton.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
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
  // The switch saves at once: the value it asks for, read by the submit.
  const wanted = useRef(rule.active);
  const form = useFormSubmit({ send: () => onToggle(wanted.current), shows: () => false });
  const toggle = (active: boolean) => {
    wanted.current = active;
    void form.submit();
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
        {form.failure && (
          <p className="error small-text" role="alert">
            {form.failure}
          </p>
        )}
      </div>
      <div className="row-actions rule-actions">
        <ActiveSwitch checked={rule.active} disabled={form.busy} onChange={toggle} />
        <button type="button" onClick={onEdit}>
          Edit
        </button>
        <ConfirmButton question={`Delete “${rule.name}”? It stops at once.`} onConfirm={onDelete} />
      </div>
    </article>
  );
}
