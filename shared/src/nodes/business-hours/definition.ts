import { z } from 'zod';
import { RefIdSchema } from '../../ids.js';
import { defineNode, NodeLabelSchema } from '../define.js';

export const BusinessHoursDataSchema = z
  .strictObject({
    label: NodeLabelSchema,
    scheduleId: RefIdSchema.default('').describe(
      'Id of the schedule to check, shared with auto-replies and other flows; empty until one is chosen.',
    ),
    holidayBranch: z
      .boolean()
      .default(false)
      .describe('Send closures (holidays) to their own `holiday` outcome instead of `closed`.'),
  })
  .meta({
    description:
      'business-hours: route the call by a schedule at the moment it arrives. Outcomes: open, closed, and holiday when holidayBranch is on.',
  });
export type BusinessHoursData = z.output<typeof BusinessHoursDataSchema>;

/** Each branch as the name of a call taking it says it. */
const BRANCH_WORDS: Record<string, string> = {
  open: 'In hours',
  closed: 'After hours',
  holiday: 'Holiday',
};

export const businessHours = defineNode({
  kind: 'business-hours',
  label: 'Business hours',
  description: 'Route by a schedule: open, closed or holiday',
  icon: 'clock',
  color: '#047857',
  fieldTitles: { label: 'name', scheduleId: 'schedule', holidayBranch: 'holiday branch' },
  schema: BusinessHoursDataSchema,
  defaults: () => BusinessHoursDataSchema.parse({}),
  outcomes: (data) => [
    { id: 'open', label: 'Open' },
    { id: 'closed', label: 'Closed' },
    ...(data.holidayBranch ? [{ id: 'holiday', label: 'Holiday' }] : []),
  ],
  summary: (data, names) => {
    if (!data.scheduleId) return 'No schedule chosen yet';
    return `Checks ${names?.schedule?.(data.scheduleId) ?? data.scheduleId}`;
  },
  describeTaken: (_data, outcomeId) => ({
    text: BRANCH_WORDS[outcomeId] ?? outcomeId,
    leads: true,
  }),
  sentences: () => [],
  waitsForCaller: false,
  takesTime: false,
  refersTo: (data) => [{ kind: 'schedule', id: data.scheduleId, path: ['scheduleId'] }],
  readsClock: true,
});
