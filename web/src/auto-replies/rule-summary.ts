import {
  type AutoReplyRule,
  type AutoReplyTexts,
  type AutoReplyTrigger,
  type AutoReplyVariant,
  renderTemplate,
  TEMPLATE_VARIABLES,
} from '@ringflow/shared';
import type { DecisionTrigger } from './types.js';

/** A trigger as a rule's row names it. */
export const TRIGGER_LABELS: Readonly<Record<AutoReplyTrigger, string>> = {
  'missed-call': 'Missed calls',
  voicemail: 'Voicemails',
  'incoming-text': 'Incoming texts',
};

/** A trigger as one event: the editor's select and the decision log. */
export const TRIGGER_NAMES: Readonly<Record<DecisionTrigger, string>> = {
  'missed-call': 'Missed call',
  voicemail: 'Voicemail',
  'incoming-text': 'Incoming text',
  'call-ended': 'Call ended',
};

export const VARIANT_LABELS: Readonly<Record<AutoReplyVariant, string>> = {
  'in-hours': 'In hours',
  'after-hours': 'After hours',
  weekend: 'Weekend',
  holiday: 'Holiday',
};

const VARIANT_KEYS: Readonly<Record<AutoReplyVariant, keyof AutoReplyTexts>> = {
  'in-hours': 'inHours',
  'after-hours': 'afterHours',
  weekend: 'weekend',
  holiday: 'holiday',
};

const isSet = (text: string | null): text is string => text !== null && text.trim() !== '';

/**
 * When a rule answers, from the texts it has: weekend and holiday texts only
 * widen it when there is no after-hours text (otherwise they replace it).
 *
 * @example
 * periodsOf({ inHours: 'a', afterHours: 'b', weekend: null, holiday: null }); // 'during and after hours'
 * periodsOf({ inHours: null, afterHours: null, weekend: 'a', holiday: 'b' }); // 'on weekends and holidays'
 */
export function periodsOf(texts: AutoReplyTexts): string {
  const during = isSet(texts.inHours);
  const after = isSet(texts.afterHours);
  if (during && after) return 'during and after hours';
  const special = after
    ? []
    : [isSet(texts.weekend) && 'weekends', isSet(texts.holiday) && 'holidays'].filter(
        (x): x is string => typeof x === 'string',
      );
  const parts = [
    during && 'during hours',
    after && 'after hours',
    special.length > 0 && `on ${special.join(' and ')}`,
  ].filter((x): x is string => typeof x === 'string');
  return parts.length > 0 ? parts.join(' and ') : 'never: no text yet';
}

/**
 * A rule's row in the list: what it answers, when, and its conditions.
 *
 * @example
 * ruleSummary(missedCallRule); // 'Missed calls · during and after hours'
 * ruleSummary(textRule); // 'Incoming texts · after hours · first text only · after 5 min'
 */
export function ruleSummary(rule: AutoReplyRule): string {
  return [
    TRIGGER_LABELS[rule.trigger],
    periodsOf(rule.texts),
    rule.firstMessageOnly && rule.trigger === 'incoming-text' && 'first text only',
    rule.delayMinutes > 0 && `after ${rule.delayMinutes} min`,
  ]
    .filter((x): x is string => typeof x === 'string')
    .join(' · ');
}

/** The number a preview speaks for. */
export interface SampleNumber {
  number: string;
  businessName: string;
}

/**
 * Example values for every variable, with the number's own business name and
 * number, so a preview reads like the text a contact would get.
 *
 * @example
 * sampleValues({ number: '+14155550100', businessName: 'Acme' })['business.name']; // 'Acme'
 */
export function sampleValues(number?: SampleNumber): Record<string, string> {
  const values: Record<string, string> = Object.fromEntries(
    TEMPLATE_VARIABLES.map((v) => [v.name, v.example]),
  );
  if (number?.businessName) values['business.name'] = number.businessName;
  if (number?.number) values['business.number'] = number.number;
  return values;
}

export interface VariantPreview {
  variant: AutoReplyVariant;
  label: string;
  text: string;
}

/**
 * Each text a rule has, rendered with sample values, in the order the
 * variants are chosen.
 *
 * @example
 * variantPreviews(rule.texts, sampleValues(number))[0];
 * // { variant: 'in-hours', label: 'In hours', text: 'Hi Alex, sorry we missed your call at Acme...' }
 */
export function variantPreviews(
  texts: AutoReplyTexts,
  values: Readonly<Record<string, string>>,
): VariantPreview[] {
  return (Object.keys(VARIANT_KEYS) as AutoReplyVariant[]).flatMap((variant) => {
    const text = texts[VARIANT_KEYS[variant]];
    return isSet(text)
      ? [{ variant, label: VARIANT_LABELS[variant], text: renderTemplate(text, values) }]
      : [];
  });
}
