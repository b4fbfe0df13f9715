import type { AutoReplySettings, AutoReplyTemplate } from '@ringflow/shared';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { fieldErrorsOf } from '../ui/field-errors.js';
import { Modal } from '../ui/Modal.js';
import { RuleEditor } from './RuleEditor.js';
import { RuleRow } from './RuleRow.js';
import {
  blankDraft,
  draftFromTemplate,
  draftOf,
  type RuleDraft,
  ruleFieldErrors,
  ruleOf,
} from './rule-form.js';
import { TemplatePicker } from './TemplatePicker.js';

type Editing = 'pick' | { draft: RuleDraft; isNew: boolean } | null;

/**
 * The number's auto-replies as OpenPhone lists them: each rule with when it
 * fires, a preview, an on/off switch, Edit and Delete; Add offers templates.
 */
export function AutoRepliesSection({
  settings,
  values,
  hasSchedule,
  save,
  removeRule,
  current,
}: {
  settings: AutoReplySettings;
  values: Readonly<Record<string, string>>;
  hasSchedule: boolean;
  save(settings: AutoReplySettings): Promise<AutoReplySettings>;
  removeRule(ruleId: string): Promise<void>;
  current(): AutoReplySettings | undefined;
}) {
  const [editing, setEditing] = useState<Editing>(null);
  const latest = () => current() ?? settings;

  const saveRule = async (draft: RuleDraft) => {
    const base = latest();
    const rule = ruleOf(draft);
    const found = base.rules.findIndex((r) => r.id === rule.id);
    const index = found === -1 ? base.rules.length : found;
    const rules =
      found === -1 ? [...base.rules, rule] : base.rules.map((r) => (r.id === rule.id ? rule : r));
    try {
      await save({ ...base, rules });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // The editor knows one rule: its fields are keyed inside it.
      const fields = Object.entries(ruleFieldErrors(fieldErrorsOf(e), index));
      throw new ApiError(
        e.status,
        e.message,
        e.code,
        fields.map(([path, message]) => ({ path, message })),
      );
    }
    setEditing(null);
  };
  const toggle = async (ruleId: string, active: boolean) => {
    const base = latest();
    await save({
      ...base,
      rules: base.rules.map((r) => (r.id === ruleId ? { ...r, active } : r)),
    });
  };
  const pick = (template: AutoReplyTemplate | null) =>
    setEditing({ draft: template ? draftFromTemplate(template) : blankDraft(), isNew: true });

  return (
    <section className="card auto-replies-section" aria-labelledby="auto-replies-title">
      <header className="section-header">
        <h2 id="auto-replies-title">Auto-replies</h2>
        <button type="button" className="primary" onClick={() => setEditing('pick')}>
          <Plus size={14} aria-hidden="true" /> Add auto-reply
        </button>
      </header>
      <p className="muted small-text section-intro">
        Text a contact back after a missed call, a voicemail or a text. The guards below keep these
        texts rare.
      </p>
      {settings.rules.length === 0 ? (
        <p className="empty">
          No auto-replies yet. Add one from a template: a missed call reply takes two clicks.
        </p>
      ) : (
        <div className="rule-list">
          {settings.rules.map((rule) => (
            <RuleRow
              key={rule.id}
              rule={rule}
              values={values}
              onToggle={(active) => toggle(rule.id, active)}
              onEdit={() => setEditing({ draft: draftOf(rule), isNew: false })}
              onDelete={() => removeRule(rule.id)}
            />
          ))}
        </div>
      )}
      {editing === 'pick' && (
        <Modal title="Add an auto-reply" onClose={() => setEditing(null)}>
          <TemplatePicker onPick={pick} onCancel={() => setEditing(null)} />
        </Modal>
      )}
      {editing && editing !== 'pick' && (
        <Modal
          title={editing.isNew ? 'New auto-reply' : `Edit “${editing.draft.name}”`}
          onClose={() => setEditing(null)}
        >
          <RuleEditor
            initial={editing.draft}
            values={values}
            hasSchedule={hasSchedule}
            onSave={saveRule}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      )}
    </section>
  );
}
