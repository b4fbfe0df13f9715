import type { NameLookup } from '@ringflow/shared';
import type { Member, ScheduleRecord } from '../api/types.js';
import type { Greeting } from '../greetings/types.js';

/** Resolves member, schedule and greeting ids to their names for node summaries. */
export function namesFrom(
  members: readonly Member[],
  schedules: readonly ScheduleRecord[],
  greetings: readonly Pick<Greeting, 'id' | 'name'>[] = [],
): NameLookup {
  const member = new Map(members.map((m) => [m.id, m.name]));
  const schedule = new Map(schedules.map((s) => [s.id, s.name]));
  const greeting = new Map(greetings.map((g) => [g.id, g.name]));
  return {
    member: (id) => member.get(id),
    schedule: (id) => schedule.get(id),
    greeting: (id) => greeting.get(id),
  };
}
