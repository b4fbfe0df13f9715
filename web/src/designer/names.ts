import type { NameLookup } from '@ringflow/shared';
import type { Member, ScheduleRecord } from '../api/types.js';

/** Resolves member and schedule ids to their names for node summaries. */
export function namesFrom(
  members: readonly Member[],
  schedules: readonly ScheduleRecord[],
): NameLookup {
  const member = new Map(members.map((m) => [m.id, m.name]));
  const schedule = new Map(schedules.map((s) => [s.id, s.name]));
  return { member: (id) => member.get(id), schedule: (id) => schedule.get(id) };
}
