import {
  type AutoReplyRule,
  type AutoReplyTemplate,
  type AutoReplyTexts,
  type AutoReplyTrigger,
  isOverSmsLimit,
  parseTemplate,
  ruleFromTemplate,
  SMS_MAX_CHARS,
  unknownVariables,
} from '@ringflow/shared';
import type { FieldErrors } from '../ui/field-errors.js';

export type TextKey = keyof AutoReplyTexts;
export const TEXT_KEYS: readonly TextKey[] = ['inHours', 'afterHours', 'weekend', 'holiday'];

/** What the editor edits: texts as typed ('' for none), the delay as typed. */
export interface RuleDraft {
  id: string;
  active: boolean;
  name: string;
  trigger: AutoReplyTrigger;
  texts: Record<TextKey, string>;
  firstMessageOnly: boolean;
  delayMinutes: string;
}

/** A fresh id for a new rule, unique within the number's rules. */
export function newRuleId(prefix = 'rule'): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

/** A blank rule: a missed-call reply with no text yet. */
export function blankDraft(id = newRuleId()): RuleDraft {
  return {
    id,
    active: true,
    name: '',
    trigger: 'missed-call',
    texts: { inHours: '', afterHours: '', weekend: '', holiday: '' },
    firstMessageOnly: false,
    delayMinutes: '0',
  };
}

export function draftOf(rule: AutoReplyRule): RuleDraft {
  const texts = Object.fromEntries(TEXT_KEYS.map((k) => [k, rule.texts[k] ?? ''])) as Record<
    TextKey,
    string
  >;
  return {
    id: rule.id,
    active: rule.active,
    name: rule.name,
    trigger: rule.trigger,
    texts,
    firstMessageOnly: rule.firstMessageOnly,
    delayMinutes: String(rule.delayMinutes),
  };
}

/** A template from the catalogue, ready to adjust before it is added. */
export function draftFromTemplate(template: AutoReplyTemplate): RuleDraft {
  return draftOf(ruleFromTemplate(template, newRuleId(template.id)));
}

/**
 * The rule to save: a blank text means "send nothing then" (null), and
 * "first message only" applies to incoming texts alone.
 */
export function ruleOf(draft: RuleDraft): AutoReplyRule {
  const texts = Object.fromEntries(
    TEXT_KEYS.map((k) => [k, draft.texts[k].trim() === '' ? null : draft.texts[k]]),
  ) as AutoReplyTexts;
  return {
    id: draft.id,
    name: draft.name.trim(),
    trigger: draft.trigger,
    active: draft.active,
    texts,
    firstMessageOnly: draft.trigger === 'incoming-text' && draft.firstMessageOnly,
    delayMinutes: Number(draft.delayMinutes),
  };
}

/** Why a text cannot be saved: too long, a broken {{tag}}, or a variable that does not exist. */
export function textError(text: string): string | undefined {
  if (isOverSmsLimit(text)) {
    return `Too long: a text may have at most ${SMS_MAX_CHARS.toLocaleString('en-US')} characters`;
  }
  const [syntax] = parseTemplate(text).errors;
  if (syntax) return syntax.message;
  const [unknown] = unknownVariables(text);
  if (unknown) return `There is no variable {{${unknown.name}}}; insert one from the list`;
  return undefined;
}

/**
 * The browser's own check of a draft, keyed like the server's paths inside a
 * rule (`name`, `texts.inHours`, `delayMinutes`).
 *
 * @example
 * checkRuleDraft({ ...draft, name: ' ' }); // { name: 'Give the auto-reply a name' }
 */
export function checkRuleDraft(draft: RuleDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.name.trim()) errors.name = 'Give the auto-reply a name';
  for (const key of TEXT_KEYS) {
    const error = textError(draft.texts[key]);
    if (error) errors[`texts.${key}`] = error;
  }
  const delay = Number(draft.delayMinutes);
  if (draft.delayMinutes.trim() === '' || !Number.isInteger(delay) || delay < 0 || delay > 1440) {
    errors.delayMinutes = 'Use a whole number of minutes from 0 to 1440 (a day)';
  }
  return errors;
}

/**
 * The server's field errors for rule `index` (`rules.2.texts.inHours`),
 * keyed as in the rule; errors elsewhere are left out.
 *
 * @example
 * ruleFieldErrors({ 'rules.2.texts.inHours': 'Too long' }, 2); // { 'texts.inHours': 'Too long' }
 */
export function ruleFieldErrors(errors: FieldErrors, index: number): FieldErrors {
  const prefix = `rules.${index}.`;
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, message]) => [path.slice(prefix.length), message]),
  );
}
