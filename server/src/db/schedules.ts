/**
 * @module
 * Schedules (business hours), stored whole as their `Schedule` document so
 * routing, auto-replies and the simulator all read the same thing.
 */
import type { Schedule } from '@ringflow/shared';
import type { Db } from './database.js';
import { sql } from './statements.js';

/** A stored schedule: the document plus when it was written. */
export type ScheduleRecord = Schedule & { createdAt: string; updatedAt: string };

interface ScheduleRow {
  id: string;
  name: string;
  document: string;
  created_at: string;
  updated_at: string;
}

/** The document as stored; the row's id and name win should they ever disagree with it. */
const toSchedule = (r: ScheduleRow): Schedule => ({
  ...(JSON.parse(r.document) as Schedule),
  id: r.id,
  name: r.name,
});

const toRecord = (r: ScheduleRow): ScheduleRecord => ({
  ...toSchedule(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listSchedules(db: Db): ScheduleRecord[] {
  return sql<[], ScheduleRow>(db, 'SELECT * FROM schedules ORDER BY name COLLATE NOCASE, id')
    .all()
    .map(toRecord);
}

export function getSchedule(db: Db, id: string): ScheduleRecord | undefined {
  const row = sql<[string], ScheduleRow>(db, 'SELECT * FROM schedules WHERE id = ?').get(id);
  return row && toRecord(row);
}

/**
 * The schedules among `ids` that exist, as plain documents (what a call's
 * machine reads); unknown ids are left out.
 *
 * @example
 * const byId = Object.fromEntries(listSchedulesByIds(db, ['weekdays-9-17']).map((s) => [s.id, s]));
 */
export function listSchedulesByIds(db: Db, ids: readonly string[]): Schedule[] {
  if (ids.length === 0) return [];
  return sql<[string], ScheduleRow>(
    db,
    'SELECT * FROM schedules WHERE id IN (SELECT value FROM json_each(?))',
  )
    .all(JSON.stringify(ids))
    .map(toSchedule);
}

/**
 * Stores a validated schedule under its own id.
 *
 * @example
 * createSchedule(db, ScheduleSchema.parse({ id: 'office', name: 'Office', timeZone: 'Europe/Paris', weekly: {} }), now);
 */
export function createSchedule(db: Db, schedule: Schedule, at: string): ScheduleRecord {
  sql(
    db,
    `INSERT INTO schedules (id, name, document, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
  ).run(schedule.id, schedule.name, JSON.stringify(schedule), at, at);
  return getSchedule(db, schedule.id) as ScheduleRecord;
}

/** Replaces the document of the schedule with `schedule.id`; undefined when there is none. */
export function replaceSchedule(
  db: Db,
  schedule: Schedule,
  at: string,
): ScheduleRecord | undefined {
  const { changes } = sql(
    db,
    'UPDATE schedules SET name = ?, document = ?, updated_at = ? WHERE id = ?',
  ).run(schedule.name, JSON.stringify(schedule), at, schedule.id);
  return changes > 0 ? getSchedule(db, schedule.id) : undefined;
}

export function deleteSchedule(db: Db, id: string): boolean {
  return sql(db, 'DELETE FROM schedules WHERE id = ?').run(id).changes > 0;
}
