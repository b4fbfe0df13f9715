import { localDateAndTime, type Schedule, scheduleStateAt } from '@ringflow/shared';

/** The branch a business-hours step took, and why, in the schedule's words. */
export interface HoursDecision {
  branch: 'open' | 'closed' | 'holiday';
  /** "open: Tuesday 10:00 in Weekdays 9-17", "closed: holiday 'Christmas Day'". */
  text: string;
  /** The zone the schedule judges in; null when the schedule is unknown. */
  timeZone: string | null;
}

/**
 * Which way a business-hours step sends a call arriving at `at`, decided as
 * the compiled machine decides it (a closure goes to the holiday branch when
 * the step has one, then open, else closed), with the reason: the local
 * weekday and time in the schedule's own zone and the schedule's name.
 *
 * @example
 * hoursDecision({ scheduleId: 'weekdays' }, { weekdays }, new Date('2026-11-24T15:00:00Z')).text;
 * // 'open: Tuesday 10:00 in Weekdays 9-17'
 * hoursDecision({ scheduleId: 'weekdays' }, { weekdays }, new Date('2026-11-28T16:00:00Z')).text;
 * // 'closed: Saturday 11:00, outside Weekdays 9-17'
 */
export function hoursDecision(
  data: { scheduleId: string; holidayBranch?: boolean },
  schedules: Readonly<Record<string, Schedule>>,
  at: Date,
): HoursDecision {
  const schedule = schedules[data.scheduleId];
  if (!schedule) {
    return {
      branch: 'closed',
      text: `closed: schedule "${data.scheduleId}" is unknown, so the call counts as closed`,
      timeZone: null,
    };
  }
  const state = scheduleStateAt(schedule, at);
  const local = localDateAndTime(schedule.timeZone, at);
  const when = `${local.date.split(' ')[0]} ${local.time}`;
  const name = schedule.name;
  const timeZone = schedule.timeZone;
  if (state.reason === 'closure') {
    const holiday = state.closureName ? `holiday '${state.closureName}'` : 'a closed day';
    const branch = data.holidayBranch ? 'holiday' : 'closed';
    return { branch, text: `${branch}: ${holiday} (${when}) in ${name}`, timeZone };
  }
  const special =
    state.reason === 'special' || state.specialName
      ? ` (special hours${state.specialName ? ` '${state.specialName}'` : ''})`
      : '';
  if (state.open) return { branch: 'open', text: `open: ${when} in ${name}${special}`, timeZone };
  return { branch: 'closed', text: `closed: ${when}, outside ${name}${special}`, timeZone };
}
