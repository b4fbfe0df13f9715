/**
 * @module
 * Business-hours evaluation: whether a schedule is open at a real instant,
 * when that next changes, and how to say so. Browser-safe; all zone
 * arithmetic goes through Temporal.
 */
export { describeOpenNow, formatOpening, hoursOn, localDateAndTime } from './describe.js';
export { wallToEpochMs } from './local-time.js';
export { nextChange, nextClosing, nextOpening } from './next-change.js';
export { isOpenAt, type ScheduleState, scheduleStateAt } from './state.js';
