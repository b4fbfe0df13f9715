/**
 * @module
 * Phone numbers: which flow answers a number, the business hours and
 * business name its texts use, and whether its recordings are deleted at the
 * provider once copied.
 */
import { newId } from '../ids.js';
import type { Db } from './database.js';
import { sql } from './statements.js';

export interface PhoneNumber {
  id: string;
  /** E.164, unique. */
  number: string;
  name: string;
  flowId: string | null;
  scheduleId: string | null;
  businessName: string;
  /** Delete each recording at the provider once Ringflow has its copy. */
  deleteProviderRecordings: boolean;
  createdAt: string;
}

/** What a caller sets; `deleteProviderRecordings` is false when left out. */
export type PhoneNumberInput = Omit<
  PhoneNumber,
  'id' | 'createdAt' | 'deleteProviderRecordings'
> & {
  deleteProviderRecordings?: boolean;
};

type Row = Omit<PhoneNumber, 'deleteProviderRecordings'> & { deleteProviderRecordings: number };

const COLUMNS = `id, number, name, flow_id AS flowId, schedule_id AS scheduleId,
  business_name AS businessName, delete_provider_recordings AS deleteProviderRecordings,
  created_at AS createdAt FROM phone_numbers`;

const toNumber = (row: Row): PhoneNumber => ({
  ...row,
  deleteProviderRecordings: row.deleteProviderRecordings === 1,
});

export function listNumbers(db: Db): PhoneNumber[] {
  return sql<[], Row>(db, `SELECT ${COLUMNS} ORDER BY number`).all().map(toNumber);
}

export function getNumber(db: Db, id: string): PhoneNumber | undefined {
  const row = sql<[string], Row>(db, `SELECT ${COLUMNS} WHERE id = ?`).get(id);
  return row && toNumber(row);
}

/**
 * The number a call was made to, as the provider reports it (E.164).
 *
 * @example
 * findNumberByE164(db, '+14155550100'); // { id, number: '+14155550100', flowId: 'flow_...', ... }
 */
export function findNumberByE164(db: Db, number: string): PhoneNumber | undefined {
  const row = sql<[string], Row>(db, `SELECT ${COLUMNS} WHERE number = ?`).get(number);
  return row && toNumber(row);
}

/** Numbers answered by a flow, or using a schedule: what would break if it went away. */
export function listNumbersUsing(
  db: Db,
  ref: { flowId?: string; scheduleId?: string },
): PhoneNumber[] {
  return sql<[{ flowId: string | null; scheduleId: string | null }], Row>(
    db,
    `SELECT ${COLUMNS} WHERE flow_id = @flowId OR schedule_id = @scheduleId ORDER BY number`,
  )
    .all({ flowId: ref.flowId ?? null, scheduleId: ref.scheduleId ?? null })
    .map(toNumber);
}

/**
 * @example
 * createNumber(db, { number: '+14155550100', name: 'Main line', flowId, scheduleId: null, businessName: 'Acme' }, now);
 */
export function createNumber(
  db: Db,
  input: PhoneNumberInput & { id?: string },
  at: string,
): PhoneNumber {
  const id = input.id ?? newId('num');
  sql(
    db,
    `INSERT INTO phone_numbers (id, number, name, flow_id, schedule_id, business_name,
       delete_provider_recordings, created_at)
     VALUES (@id, @number, @name, @flowId, @scheduleId, @businessName, @deleteProviderRecordings, @at)`,
  ).run({ ...input, id, at, deleteProviderRecordings: input.deleteProviderRecordings ? 1 : 0 });
  return getNumber(db, id) as PhoneNumber;
}

/** Changes the fields given; undefined when there is no such number. */
export function updateNumber(
  db: Db,
  id: string,
  patch: Partial<PhoneNumberInput>,
): PhoneNumber | undefined {
  const current = getNumber(db, id);
  if (!current) return undefined;
  const pick = <K extends keyof PhoneNumberInput>(key: K) =>
    patch[key] === undefined ? current[key] : patch[key];
  sql(
    db,
    `UPDATE phone_numbers SET number = @number, name = @name, flow_id = @flowId,
       schedule_id = @scheduleId, business_name = @businessName,
       delete_provider_recordings = @deleteProviderRecordings WHERE id = @id`,
  ).run({
    id,
    number: pick('number'),
    name: pick('name'),
    flowId: pick('flowId'),
    scheduleId: pick('scheduleId'),
    businessName: pick('businessName'),
    deleteProviderRecordings: pick('deleteProviderRecordings') ? 1 : 0,
  });
  return getNumber(db, id);
}

export function deleteNumber(db: Db, id: string): boolean {
  return sql(db, 'DELETE FROM phone_numbers WHERE id = ?').run(id).changes > 0;
}
