/**
 * @module
 * Phone numbers: which flow answers a number, the business hours and
 * business name its texts use, and whether its recordings are deleted at the
 * provider once copied.
 */
import { newId } from '../ids.js';
import { type Connection, sqlOf } from './sql/connection.js';

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

export async function listNumbers(db: Connection): Promise<PhoneNumber[]> {
  return (await sqlOf(db).all<Row>(`SELECT ${COLUMNS} ORDER BY number`)).map(toNumber);
}

export async function getNumber(db: Connection, id: string): Promise<PhoneNumber | undefined> {
  const row = await sqlOf(db).get<Row>(`SELECT ${COLUMNS} WHERE id = ?`, [id]);
  return row && toNumber(row);
}

/**
 * The number a call was made to, as the provider reports it (E.164).
 *
 * @example
 * findNumberByE164(db, '+14155550100'); // { id, number: '+14155550100', flowId: 'flow_...', ... }
 */
export async function findNumberByE164(
  db: Connection,
  number: string,
): Promise<PhoneNumber | undefined> {
  const row = await sqlOf(db).get<Row>(`SELECT ${COLUMNS} WHERE number = ?`, [number]);
  return row && toNumber(row);
}

/** Numbers answered by a flow, or using a schedule: what would break if it went away. */
export async function listNumbersUsing(
  db: Connection,
  ref: { flowId?: string; scheduleId?: string },
): Promise<PhoneNumber[]> {
  return (
    await sqlOf(db).all<Row>(
      `SELECT ${COLUMNS} WHERE flow_id = @flowId OR schedule_id = @scheduleId ORDER BY number`,
      { flowId: ref.flowId ?? null, scheduleId: ref.scheduleId ?? null },
    )
  ).map(toNumber);
}

/**
 * @example
 * createNumber(db, { number: '+14155550100', name: 'Main line', flowId, scheduleId: null, businessName: 'Acme' }, now);
 */
export async function createNumber(
  db: Connection,
  input: PhoneNumberInput & { id?: string },
  at: string,
): Promise<PhoneNumber> {
  const id = input.id ?? newId('num');
  await sqlOf(db).run(
    `INSERT INTO phone_numbers (id, number, name, flow_id, schedule_id, business_name,
       delete_provider_recordings, created_at)
     VALUES (@id, @number, @name, @flowId, @scheduleId, @businessName, @deleteProviderRecordings, @at)`,
    { ...input, id, at, deleteProviderRecordings: input.deleteProviderRecordings ? 1 : 0 },
  );
  return (await getNumber(db, id)) as PhoneNumber;
}

/** Changes the fields given; undefined when there is no such number. */
export async function updateNumber(
  db: Connection,
  id: string,
  patch: Partial<PhoneNumberInput>,
): Promise<PhoneNumber | undefined> {
  const current = await getNumber(db, id);
  if (!current) return undefined;
  const pick = <K extends keyof PhoneNumberInput>(key: K) =>
    patch[key] === undefined ? current[key] : patch[key];
  await sqlOf(db).run(
    `UPDATE phone_numbers SET number = @number, name = @name, flow_id = @flowId,
       schedule_id = @scheduleId, business_name = @businessName,
       delete_provider_recordings = @deleteProviderRecordings WHERE id = @id`,
    {
      id,
      number: pick('number'),
      name: pick('name'),
      flowId: pick('flowId'),
      scheduleId: pick('scheduleId'),
      businessName: pick('businessName'),
      deleteProviderRecordings: pick('deleteProviderRecordings') ? 1 : 0,
    },
  );
  return await getNumber(db, id);
}

export async function deleteNumber(db: Connection, id: string): Promise<boolean> {
  return (await sqlOf(db).run('DELETE FROM phone_numbers WHERE id = ?', [id])) > 0;
}
