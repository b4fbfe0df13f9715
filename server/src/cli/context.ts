import type { NameLookup, Schedule } from '@ringflow/shared';
import { readSchedules, readTeam, type Team } from './files.js';

/** What the flow refers to outside itself: schedules and, for names, the team. */
export interface FlowContext {
  schedules: Schedule[];
  team: Team | null;
}

export function loadContext(options: { schedules?: string; team?: string }): FlowContext {
  return {
    schedules: options.schedules ? readSchedules(options.schedules) : [],
    team: options.team ? readTeam(options.team) : null,
  };
}

export function nameLookup(context: FlowContext): NameLookup {
  const byId = (list: { id: string; name: string }[] | undefined) => (id: string) =>
    list?.find((x) => x.id === id)?.name;
  return {
    member: byId(context.team?.members),
    greeting: byId(context.team?.greetings),
    schedule: byId(context.schedules),
  };
}
