/**
 * @module
 * Which of an auto-reply's texts applies at an instant: the schedule decides
 * between in hours and closed, and a closed weekend or holiday may have a
 * text of its own.
 */
import { epochMsOf, zonedAt } from '../schedule/local-time.js';
import type { Schedule } from '../schedule/schema.js';
import { scheduleStateAt } from '../schedule/state.js';
import type { AutoReplyTexts } from './settings.js';

export const AUTO_REPLY_VARIANTS = ['in-hours', 'after-hours', 'weekend', 'holiday'] as const;
export type AutoReplyVariant = (typeof AUTO_REPLY_VARIANTS)[number];

export interface VariantChoice {
  variant: AutoReplyVariant;
  /** The text to render; null (or blank) when the user chose to send nothing then. */
  template: string | null;
  /** A sentence for the user: what the schedule says, and which text that picks. */
  reason: string;
}

/** How the variants are named in sentences. */
export const VARIANT_NAMES: Readonly<Record<AutoReplyVariant, string>> = {
  'in-hours': 'in-hours text',
  'after-hours': 'after-hours text',
  weekend: 'weekend text',
  holiday: 'holiday text',
};

// Fixed English names, like the schedule's own descriptions, so browser and server agree.
const WEEKEND_DAYS: Readonly<Record<number, string>> = { 6: 'Saturday', 7: 'Sunday' };

interface Situation {
  open: boolean;
  /** The closure that closes the day, when one does. */
  closure?: string;
  /** Saturday or Sunday, in the schedule's zone. */
  weekendDay?: string;
  /** "Office hours is closed (Christmas Day)" */
  sentence: string;
}

function situationAt(schedule: Schedule, at: Date): Situation {
  const state = scheduleStateAt(schedule, at);
  if (state.open) return { open: true, sentence: `${schedule.name} is open` };
  const weekendDay = WEEKEND_DAYS[zonedAt(epochMsOf(at), schedule.timeZone).dayOfWeek];
  if (state.reason === 'closure') {
    const closure = state.closureName ?? 'a closure';
    return {
      open: false,
      closure,
      weekendDay,
      sentence: `${schedule.name} is closed (${closure})`,
    };
  }
  const sentence = `${schedule.name} is closed${weekendDay ? ` on ${weekendDay}` : ''}`;
  return { open: false, weekendDay, sentence };
}

/**
 * What the schedule says at `at`, in words, without naming a text.
 *
 * @example
 * describeScheduleAt(officeHours, new Date('2026-12-25T15:00:00Z')); // 'Office hours is closed (Christmas Day)'
 * describeScheduleAt(officeHours, new Date('2026-11-28T15:00:00Z')); // 'Office hours is closed on Saturday'
 */
export function describeScheduleAt(schedule: Schedule, at: Date): string {
  return situationAt(schedule, at).sentence;
}

/** A weekend or holiday text counts only when it says something; otherwise the after-hours text applies. */
function isSet(text: string | null): text is string {
  return text !== null && text.trim() !== '';
}

/**
 * The text that applies at `at`: in hours while the schedule is open (or
 * without a schedule); while closed, the holiday text on a closure, the
 * weekend text on a local Saturday or Sunday, the after-hours text otherwise
 * or when those two are not set.
 *
 * @example
 * chooseVariant(texts, officeHours, new Date('2026-12-25T15:00:00Z'));
 * // { variant: 'holiday', template: 'Closed for the holiday...',
 * //   reason: 'Office hours is closed (Christmas Day): holiday text' }
 * chooseVariant(texts, undefined, at).reason; // 'No schedule: in-hours text at all times'
 */
export function chooseVariant(
  texts: AutoReplyTexts,
  schedule: Schedule | undefined,
  at: Date,
): VariantChoice {
  if (!schedule) {
    return {
      variant: 'in-hours',
      template: texts.inHours,
      reason: 'No schedule: in-hours text at all times',
    };
  }
  const situation = situationAt(schedule, at);
  const pick = (variant: AutoReplyVariant, template: string | null, note = ''): VariantChoice => ({
    variant,
    template,
    reason: `${situation.sentence}: ${VARIANT_NAMES[variant]}${note}`,
  });
  if (situation.open) return pick('in-hours', texts.inHours);
  if (situation.closure && isSet(texts.holiday)) return pick('holiday', texts.holiday);
  if (situation.weekendDay && isSet(texts.weekend)) return pick('weekend', texts.weekend);
  const missing = [situation.closure && 'holiday', situation.weekendDay && 'weekend'].filter(
    Boolean,
  );
  const note = missing.length > 0 ? ` (there is no ${missing.join(' or ')} text)` : '';
  return pick('after-hours', texts.afterHours, note);
}
