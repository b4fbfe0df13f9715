import {
  type FlowDocument,
  FlowDocumentSchema,
  type Schedule,
  ScheduleSchema,
} from '@ringflow/shared';
import { flowInput } from './validate-input.js';

/**
 * A parsed flow for tests, written as compactly as the cases need:
 * `buildFlow([['in', 'incoming-call'], ['ring', 'ring-users', {...}]], [['in', 'next', 'ring']])`.
 */
export function buildFlow(...spec: Parameters<typeof flowInput>): FlowDocument {
  return FlowDocumentSchema.parse(flowInput(...spec)) as FlowDocument;
}

/** New York, Mon-Fri 09:00-17:00, closed on Christmas Day 2026. */
export const weekdays: Schedule = ScheduleSchema.parse({
  id: 'weekdays',
  name: 'Weekdays',
  timeZone: 'America/New_York',
  weekly: {
    mon: [{ from: '09:00', to: '17:00' }],
    tue: [{ from: '09:00', to: '17:00' }],
    wed: [{ from: '09:00', to: '17:00' }],
    thu: [{ from: '09:00', to: '17:00' }],
    fri: [{ from: '09:00', to: '17:00' }],
  },
  closures: [{ date: '2026-12-25', name: 'Christmas Day' }],
});

export const CALL = { from: '+14155550100', to: '+14155550199' };
/** Monday 2026-11-23 10:00 in New York (EST, UTC-5). */
export const MONDAY_10AM = '2026-11-23T15:00:00.000Z';
/** Saturday 2026-11-28 22:00 in New York. */
export const SATURDAY_10PM = '2026-11-29T03:00:00.000Z';
/** Friday 2026-12-25 10:00 in New York: a weekday, but Christmas. */
export const CHRISTMAS_10AM = '2026-12-25T15:00:00.000Z';
