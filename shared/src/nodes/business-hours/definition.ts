import { z } from 'zod';
import { RefIdSchema } from '../../ids.js';
import { defineNode, NodeLabelSchema } from '../define.js';

export const BusinessHoursDataSchema = z.object({
  label: NodeLabelSchema,
  /** A schedule shared with auto-replies and other flows. */
  scheduleId: RefIdSchema.default(''),
  /** Give closures (holidays) their own branch instead of sending them to `closed`. */
  holidayBranch: z.boolean().default(false),
});
export type BusinessHoursData = z.output<typeof BusinessHoursDataSchema>;

export const businessHours = defineNode({
  kind: 'business-hours',
  label: 'Business hours',
  description: 'Route by a schedule: open, closed or holiday',
  icon: 'clock',
  color: '#059669',
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
  waitsForCaller: false,
  takesTime: false,
});
