import { type Schedule, WEEKDAYS, type Weekday } from '@ringflow/shared';

const SHORT: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/**
 * The week in one line for the list, runs of days with the same hours
 * joined: "Mon–Fri 09:00–17:00; Sun 18:00–10:00".
 *
 * @example
 * weeklySummary({ weekly: { mon: [{ from: '09:00', to: '17:00' }], tue: [], ... } }) // 'Mon 09:00–17:00'
 */
export function weeklySummary(schedule: Pick<Schedule, 'weekly'>): string {
  const hoursOf = (day: Weekday) => schedule.weekly[day].map((i) => `${i.from}–${i.to}`).join(', ');
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= WEEKDAYS.length; i++) {
    const first = WEEKDAYS[start] as Weekday;
    const day = WEEKDAYS[i];
    if (day && hoursOf(day) === hoursOf(first)) continue;
    const last = WEEKDAYS[i - 1] as Weekday;
    const hours = hoursOf(first);
    if (hours) parts.push(`${SHORT[first]}${last === first ? '' : `–${SHORT[last]}`} ${hours}`);
    start = i;
  }
  return parts.join('; ') || 'Closed every day';
}
