import type { AutoReplyGuards } from '@ringflow/shared';
import type { FieldErrors } from '../ui/field-errors.js';

type NumberKey = Exclude<keyof AutoReplyGuards, 'ignoreAutomated'>;

/** What the guards form edits: the numbers as typed. */
export type GuardsDraft = Record<NumberKey, string> & { ignoreAutomated: boolean };

/** Each number's bounds, as the server checks them (shared's AutoReplyGuardsSchema). */
const BOUNDS: Readonly<Record<NumberKey, { min: number; max: number; unit: string }>> = {
  cooldownMinutes: { min: 0, max: 10080, unit: 'minutes' },
  conversationMinutes: { min: 0, max: 10080, unit: 'minutes' },
  burstMessages: { min: 2, max: 100, unit: 'texts' },
  burstMinutes: { min: 1, max: 1440, unit: 'minutes' },
};
const KEYS = Object.keys(BOUNDS) as NumberKey[];

export function guardsDraftOf(guards: AutoReplyGuards): GuardsDraft {
  return {
    cooldownMinutes: String(guards.cooldownMinutes),
    conversationMinutes: String(guards.conversationMinutes),
    ignoreAutomated: guards.ignoreAutomated,
    burstMessages: String(guards.burstMessages),
    burstMinutes: String(guards.burstMinutes),
  };
}

export function guardsOf(draft: GuardsDraft): AutoReplyGuards {
  return {
    cooldownMinutes: Number(draft.cooldownMinutes),
    conversationMinutes: Number(draft.conversationMinutes),
    ignoreAutomated: draft.ignoreAutomated,
    burstMessages: Number(draft.burstMessages),
    burstMinutes: Number(draft.burstMinutes),
  };
}

/**
 * The browser's own check, keyed like the server's paths (`guards.cooldownMinutes`).
 *
 * @example
 * checkGuardsDraft({ ...draft, cooldownMinutes: '-5' });
 * // { 'guards.cooldownMinutes': 'Use a whole number from 0 to 10080 minutes' }
 */
export function checkGuardsDraft(draft: GuardsDraft): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of KEYS) {
    const { min, max, unit } = BOUNDS[key];
    const value = Number(draft[key]);
    if (draft[key].trim() === '' || !Number.isInteger(value) || value < min || value > max) {
      errors[`guards.${key}`] = `Use a whole number from ${min} to ${max} ${unit}`;
    }
  }
  return errors;
}
