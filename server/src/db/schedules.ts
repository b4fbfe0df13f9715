/**
 * @module
 * Schedules (business hours), stored whole as their `Schedule` document so
 * routing, auto-replies and the simulator all read the same thing.
 */
import type { Schedule } from '@ringflow/shared';
import { type Connection, sqlOf } from './sql/connection.js';

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

export async function listSchedules(db: Connection): Promise<ScheduleRecord[]> {
  return (
    await sqlOf(db).all<ScheduleRow>('SELECT * FROM schedules ORDER BY name COLLATE NOCASE, id')
  ).map(toRecord);
}

export async function getSchedule(db: Connection, id: string): Promise<ScheduleRecord | undefined> {
  const row = await sqlOf(db).get<ScheduleRow>('SELECT * FROM schedules WHERE id = ?', [id]);
  return row && toRecord(row);
}

/**
 * The schedules among `ids` that exist, as plain documents (what a call's
 * machine reads); unknown ids are left out.
 *
 * @example
 * const byId = Object.fromEntries(listSchedulesByIds(db, ['weekdays-9-17']).map((s) => [s.id, s]));
 */
export async function listSchedulesByIds(
  db: Connection,
  ids: readonly string[],
): Promise<Schedule[]> {
  if (ids.length === 0) return [];
  return (
    await sqlOf(db).all<ScheduleRow>(
      'SELECT * FROM schedules WHERE id IN (SELECT value FROM json_each(?))',
      [JSON.stringify(ids)],
    )
  ).map(toSchedule);
}

/**
 * Stores a validated schedule under its own id.
 *
 * @example
 * createSchedule(db, ScheduleSchema.parse({ id: 'office', name: 'Office', timeZone: 'Europe/Paris', weekly: {} }), now);
 */
export async function createSchedule(
  db: Connection,
  schedule: Schedule,
  at: string,
): Promise<ScheduleRecord> {
  await sqlOf(db).run(
    `INSERT INTO schedules (id, name, document, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
    [schedule.id, schedule.name, JSON.stringify(schedule), at, at],
  );
  return (await getSchedule(db, schedule.id)) as ScheduleRecord;
}

/** Replaces the document of the schedule with `schedule.id`; undefined when there is none. */
export async function replaceSchedule(
  db: Connection,
  schedule: Schedule,
  at: string,
): Promise<ScheduleRecord | undefined> {
  const changes = await sqlOf(db).run(
    'UPDATE schedules SET name = ?, document = ?, updated_at = ? WHERE id = ?',
    [schedule.name, JSON.stringify(schedule), at, schedule.id],
  );
  return changes > 0 ? await getSchedule(db, schedule.id) : undefined;
}

export async function deleteSchedule(db: Connection, id: string): Promise<boolean> {
  return (await sqlOf(db).run('DELETE FROM schedules WHERE id = ?', [id])) > 0;
}
