/**
 * @module
 * Outgoing webhook endpoints: where signed JSON goes for each event
 * subscribed, for one number or (phone_number_id NULL) for every number.
 */
import { randomBytes } from 'node:crypto';
import { newId } from '../ids.js';
import type { Db } from './database.js';
import type { EventType } from './notifications.js';
import { sql } from './statements.js';

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
export function createWebhookEndpoint(
  db: Db,
  input: { url: string; description: string; numberId: string | null; events: EventType[] },
  at: string,
): WebhookEndpoint {
  const id = newId('whk');
  sql(
    db,
    `INSERT INTO webhook_endpoints (id, phone_number_id, url, description, secret, events, active, created_at)
     VALUES (@id, @numberId, @url, @description, @secret, @events, 1, @at)`,
  ).run({ ...input, id, secret: newWebhookSecret(), events: JSON.stringify(input.events), at });
  return getWebhookEndpoint(db, id) as WebhookEndpoint;
}

export function getWebhookEndpoint(db: Db, id: string): WebhookEndpoint | undefined {
  const row = sql<[string], Row>(db, `SELECT ${COLUMNS} WHERE id = ?`).get(id);
  return row && toEndpoint(row);
}

/** Oldest first. */
export function listWebhookEndpoints(db: Db): WebhookEndpoint[] {
  return sql<[], Row>(db, `SELECT ${COLUMNS} ORDER BY created_at, id`).all().map(toEndpoint);
}

/** The active endpoints that want this event of this number. */
export function endpointsFor(db: Db, numberId: string, event: EventType): WebhookEndpoint[] {
  return sql<[string], Row>(
    db,
    `SELECT ${COLUMNS} WHERE active = 1 AND (phone_number_id IS NULL OR phone_number_id = ?)
     ORDER BY created_at, id`,
  )
    .all(numberId)
    .map(toEndpoint)
    .filter((endpoint) => endpoint.events.includes(event));
}

export type WebhookEndpointPatch = Partial<
  Pick<WebhookEndpoint, 'url' | 'description' | 'numberId' | 'events' | 'active'>
>;

/** Changes the fields given; undefined when there is no such endpoint. */
export function updateWebhookEndpoint(
  db: Db,
  id: string,
  patch: WebhookEndpointPatch,
): WebhookEndpoint | undefined {
  const current = getWebhookEndpoint(db, id);
  if (!current) return undefined;
  const next = { ...current, ...definedOnly(patch) };
  sql(
    db,
    `UPDATE webhook_endpoints SET url = @url, description = @description, phone_number_id = @numberId,
       events = @events, active = @active WHERE id = @id`,
  ).run({
    id,
    url: next.url,
    description: next.description,
    numberId: next.numberId,
    events: JSON.stringify(next.events),
    active: next.active ? 1 : 0,
  });
  return getWebhookEndpoint(db, id);
}

export function deleteWebhookEndpoint(db: Db, id: string): boolean {
  return sql(db, 'DELETE FROM webhook_endpoints WHERE id = ?').run(id).changes > 0;
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
