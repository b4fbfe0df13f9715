/**
 * @module
 * Outgoing webhook endpoints: where signed JSON goes for each event
 * subscribed, for one number or (phone_number_id NULL) for every number.
 */
import { randomBytes } from 'node:crypto';
import { newId } from '../ids.js';
import type { EventType } from './notifications.js';
import { type Connection, sqlOf } from './sql/connection.js';

export interface WebhookEndpoint {
  id: string;
  url: string;
  description: string;
  /** null: every number. */
  numberId: string | null;
  events: EventType[];
  active: boolean;
  /** The HMAC key receivers verify signatures with. */
  secret: string;
  createdAt: string;
}

interface Row {
  id: string;
  url: string;
  description: string;
  numberId: string | null;
  events: string;
  active: number;
  secret: string;
  createdAt: string;
}

const COLUMNS = `id, url, description, phone_number_id AS numberId, events, active, secret,
  created_at AS createdAt FROM webhook_endpoints`;

const toEndpoint = (row: Row): WebhookEndpoint => ({
  ...row,
  events: JSON.parse(row.events) as EventType[],
  active: row.active === 1,
});

/** A new signing secret: `whsec_` and 32 random bytes, base64url. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * @example
 * createWebhookEndpoint(db, { url: 'https://crm.example.com/hooks/ringflow', description: 'CRM',
 *   numberId: null, events: ['voicemail.new'] }, now);
 */
export async function createWebhookEndpoint(
  db: Connection,
  input: { url: string; description: string; numberId: string | null; events: EventType[] },
  at: string,
): Promise<WebhookEndpoint> {
  const id = newId('whk');
  await sqlOf(db).run(
    `INSERT INTO webhook_endpoints (id, phone_number_id, url, description, secret, events, active, created_at)
     VALUES (@id, @numberId, @url, @description, @secret, @events, 1, @at)`,
    { ...input, id, secret: newWebhookSecret(), events: JSON.stringify(input.events), at },
  );
  return (await getWebhookEndpoint(db, id)) as WebhookEndpoint;
}

export async function getWebhookEndpoint(
  db: Connection,
  id: string,
): Promise<WebhookEndpoint | undefined> {
  const row = await sqlOf(db).get<Row>(`SELECT ${COLUMNS} WHERE id = ?`, [id]);
  return row && toEndpoint(row);
}

/** Oldest first. */
export async function listWebhookEndpoints(db: Connection): Promise<WebhookEndpoint[]> {
  return (await sqlOf(db).all<Row>(`SELECT ${COLUMNS} ORDER BY created_at, id`)).map(toEndpoint);
}

/** The active endpoints that want this event of this number. */
export async function endpointsFor(
  db: Connection,
  numberId: string,
  event: EventType,
): Promise<WebhookEndpoint[]> {
  return (
    await sqlOf(db).all<Row>(
      `SELECT ${COLUMNS} WHERE active = 1 AND (phone_number_id IS NULL OR phone_number_id = ?)
     ORDER BY created_at, id`,
      [numberId],
    )
  )
    .map(toEndpoint)
    .filter((endpoint) => endpoint.events.includes(event));
}

export type WebhookEndpointPatch = Partial<
  Pick<WebhookEndpoint, 'url' | 'description' | 'numberId' | 'events' | 'active'>
>;

/** Changes the fields given; undefined when there is no such endpoint. */
export async function updateWebhookEndpoint(
  db: Connection,
  id: string,
  patch: WebhookEndpointPatch,
): Promise<WebhookEndpoint | undefined> {
  const current = await getWebhookEndpoint(db, id);
  if (!current) return undefined;
  const next = { ...current, ...definedOnly(patch) };
  await sqlOf(db).run(
    `UPDATE webhook_endpoints SET url = @url, description = @description, phone_number_id = @numberId,
       events = @events, active = @active WHERE id = @id`,
    {
      id,
      url: next.url,
      description: next.description,
      numberId: next.numberId,
      events: JSON.stringify(next.events),
      active: next.active ? 1 : 0,
    },
  );
  return await getWebhookEndpoint(db, id);
}

export async function deleteWebhookEndpoint(db: Connection, id: string): Promise<boolean> {
  return (await sqlOf(db).run('DELETE FROM webhook_endpoints WHERE id = ?', [id])) > 0;
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
