import { ArrowDown, ArrowUp, X } from 'lucide-react';
import { useState } from 'react';
import type { FieldErrors } from '../../ui/field-errors.js';
import { FieldGroup } from '../fields.js';
import { type SettingsProps, text } from '../settings-props.js';
import {
  linesToList,
  matchOfType,
  moveRule,
  newRuleId,
  type RuleDraft,
  type RuleType,
} from './rules.js';

const TYPES: { value: RuleType; label: string }[] = [
  { value: 'numbers', label: 'Listed numbers' },
  { value: 'prefix', label: 'Number starts with' },
  { value: 'withheld', label: 'Withheld number' },
];

/** The first problem with rule `i`, in words: "Rule 2, number 1: Use international format…". */
function ruleError(errors: FieldErrors, i: number): string | null {
  const prefix = `rules.${i}.`;
  const entry = Object.entries(errors).find(([path]) => path.startsWith(prefix));
  if (!entry) return null;
  const [path, message] = entry;
  const item = /\.(numbers|prefixes)\.(\d+)$/.exec(path);
  const what = item
    ? `, ${item[1] === 'numbers' ? 'number' : 'prefix'} ${Number(item[2]) + 1}`
    : '';
  return `Rule ${i + 1}${what}: ${message}`;
}

/**
 * The rules in order (the first that matches the caller wins), each with a
 * name, what it matches and the numbers or prefixes, one per line; callers
 * no rule matches go to "Anyone else".
 */
export function RouteByCallerSettings({ data, errors, onChange }: SettingsProps) {
  const rules = (Array.isArray(data.rules) ? data.rules : []) as RuleDraft[];
  // The text as typed while a box has focus, so a blank line being started is not taken away.
  const [typing, setTyping] = useState<Record<string, string>>({});
  const setRules = (next: RuleDraft[]) => onChange({ rules: next });
  const setRule = (i: number, patch: Partial<RuleDraft>) =>
    setRules(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <>
      <FieldGroup label="Rules, checked in order" error={errors.rules}>
        {rules.length === 0 && (
          <p className="hint">No rules yet: every caller goes to "Anyone else".</p>
        )}
        <ol className="caller-rules">
          {rules.map((rule, i) => {
            const type = (rule.match?.type ?? 'numbers') as RuleType;
            const listKey = type === 'prefix' ? 'prefixes' : 'numbers';
            const list = Array.isArray(rule.match?.[listKey])
              ? (rule.match[listKey] as string[])
              : [];
            const error = ruleError(errors, i);
            const n = i + 1;
            return (
              <li key={rule.id} className="caller-rule">
                <div className="row">
                  <input
                    className="row-main"
                    aria-label={`Name of rule ${n}`}
                    placeholder={type === 'withheld' ? 'Spam' : 'VIP'}
                    value={text(rule.name)}
                    onChange={(e) => setRule(i, { name: e.target.value })}
                  />
                  <button
                    type="button"
                    className="ghost icon"
                    aria-label={`Move rule ${n} up`}
                    disabled={i === 0}
                    onClick={() => setRules(moveRule(rules, i, -1))}
                  >
                    <ArrowUp size={14} aria-hidden="true" />
                  </button>
                  <button
                    type="button"
                    className="ghost icon"
                    aria-label={`Move rule ${n} down`}
                    disabled={i === rules.length - 1}
                    onClick={() => setRules(moveRule(rules, i, 1))}
                  >
                    <ArrowDown size={14} aria-hidden="true" />
                  </button>
                  <button
                    type="button"
                    className="ghost icon"
                    aria-label={`Remove rule ${n}`}
                    onClick={() => setRules(rules.filter((_, j) => j !== i))}
                  >
                    <X size={14} aria-hidden="true" />
                  </button>
                </div>
                <select
                  aria-label={`What rule ${n} matches`}
                  value={type}
                  onChange={(e) =>
                    setRule(i, { match: matchOfType(e.target.value as RuleType, rule.match ?? {}) })
                  }
                >
                  {TYPES.map((t) => (
                    <option key={t.value} value={t.value}>
                      {t.label}
                    </option>
                  ))}
                </select>
                {type !== 'withheld' && (
                  <textarea
                    rows={2}
                    aria-label={
                      type === 'prefix'
                        ? `Prefixes of rule ${n}, one per line`
                        : `Numbers of rule ${n}, one per line`
                    }
                    placeholder={type === 'prefix' ? '+44\n+1415' : '+14155550111'}
                    aria-invalid={Boolean(error)}
                    value={typing[rule.id] ?? list.join('\n')}
                    onChange={(e) => {
                      setTyping({ ...typing, [rule.id]: e.target.value });
                      setRule(i, {
                        match: { type, [listKey]: linesToList(e.target.value, listKey) },
                      });
                    }}
                    onBlur={() => setTyping(({ [rule.id]: _, ...rest }) => rest)}
                  />
                )}
                {type === 'withheld' && (
                  <p className="hint">
                    Callers who hide their number (anonymous, private, unknown).
                  </p>
                )}
                {error && <span className="field-error row-error">{error}</span>}
              </li>
            );
          })}
        </ol>
      </FieldGroup>
      <button
        type="button"
        disabled={rules.length >= 20}
        onClick={() =>
          setRules([
            ...rules,
            { id: newRuleId(rules), name: '', match: { type: 'numbers', numbers: [] } },
          ])
        }
      >
        Add a rule
      </button>
    </>
  );
}
