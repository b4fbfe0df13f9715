import { definitionOf, isNodeKind, referencesOf, type Schedule } from '@ringflow/shared';
import { browserZone } from './setup.js';

/** The zone a simulated call's time is typed in, and where it comes from. */
export interface FlowZone {
  timeZone: string;
  /** The schedule whose zone it is; null when the flow has no step that reads the clock by a known schedule. */
  schedule: string | null;
  /** The step that follows that schedule. */
  step: string | null;
}

interface NodeLike {
  type?: string;
  data: unknown;
}

/**
 * The zone of the schedule that the flow's first step deciding by the clock
 * (business hours) follows, so "10:00" means ten at the business; the
 * browser's zone for a flow without one.
 *
 * @example
 * flowZone(nodes, schedules); // { timeZone: 'America/New_York', schedule: 'Weekdays 9-17', step: 'Office hours' }
 */
export function flowZone(nodes: readonly NodeLike[], schedules: readonly Schedule[]): FlowZone {
  for (const node of nodes) {
    if (!isNodeKind(node.type) || !definitionOf(node.type).readsClock) continue;
    const ids = referencesOf({ type: node.type, data: node.data })
      .filter((ref) => ref.kind === 'schedule')
      .map((ref) => ref.id);
    const schedule = schedules.find((s) => ids.includes(s.id));
    if (schedule) {
      const label = (node.data as { label?: string }).label;
      return {
        timeZone: schedule.timeZone,
        schedule: schedule.name,
        step: label || definitionOf(node.type).label,
      };
    }
  }
  return { timeZone: browserZone(), schedule: null, step: null };
}

/**
 * Which zone the setup's time is read in, in a sentence under the zone select.
 *
 * @example
 * zoneLine('America/New_York', zone); // 'The zone of Weekdays 9-17, which Office hours follows.'
 */
export function zoneLine(chosen: string, zone: FlowZone): string {
  if (!zone.schedule) return "Your browser's zone: the flow has no business-hours step.";
  if (chosen === zone.timeZone) return `The zone of ${zone.schedule}, which ${zone.step} follows.`;
  return `${zone.step} still judges in ${zone.schedule}'s zone, ${zone.timeZone}.`;
}
