/**
 * @module
 * The call log's query parameters: paging, caller, outcome, the number called
 * and a range of days in a time zone, checked here so that each mistake is a
 * 400 naming its parameter.
 */
import { z } from '@hono/zod-openapi';
import { CALL_OUTCOMES, isTimeZone, PhoneNumberSchema, wallToEpochMs } from '@ringflow/shared';
import type { CallListQuery } from '../db/calls.js';
import { InstantSchema } from './schemas.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date, `YYYY-MM-DD`, that exists (no 31 February). */
const DateSchema = z
  .string()
  .refine((value) => {
    const [, y, m, d] = DATE.exec(value)?.map(Number) ?? [];
    if (y === undefined || m === undefined || d === undefined) return false;
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'Use a date as YYYY-MM-DD, e.g. 2026-11-23')
  .openapi({ example: '2026-11-23' });

export const CallListQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    before: InstantSchema.optional().openapi({
      description: 'Only calls started before this instant (next page)',
    }),
    from: PhoneNumberSchema.optional().openapi({
      description: "Only calls from this caller's number",
    }),
    outcome: z
      .enum(CALL_OUTCOMES, {
        error: `Use one of ${CALL_OUTCOMES.join(', ')}`,
      })
      .optional()
      .openapi({ example: 'missed' }),
    numberId: z.string().min(1).max(128).optional().openapi({
      description: 'Only calls to this phone number (its id, as `GET /numbers` lists it)',
    }),
    day: DateSchema.optional().openapi({
      description: 'Only calls started on this day (in `timeZone`); not with `fromDate`/`toDate`',
    }),
    fromDate: DateSchema.optional().openapi({
      description: 'Only calls started on this day or later (in `timeZone`)',
    }),
    toDate: DateSchema.optional().openapi({
      description: 'Only calls started on this day or earlier (in `timeZone`)',
    }),
    timeZone: z
      .string()
      .refine(isTimeZone, 'Use an IANA time zone, e.g. America/New_York')
      .optional()
      .openapi({ description: 'The zone the dates are days in; UTC when left out' }),
  })
  .superRefine((query, ctx) => {
    if (query.day && (query.fromDate || query.toDate))
      ctx.addIssue({
        code: 'custom',
        path: ['day'],
        message: 'Give either day or fromDate/toDate, not both',
      });
    if (query.fromDate && query.toDate && query.fromDate > query.toDate)
      ctx.addIssue({
        code: 'custom',
        path: ['toDate'],
        message: `Must be ${query.fromDate} or later`,
      });
  });

/** Midnight starting `date` in `timeZone`, `days` days later, as an instant. */
function midnight(date: string, timeZone: string, days = 0): string {
  const [, y = 0, m = 1, d = 1] = DATE.exec(date)?.map(Number) ?? [];
  return new Date(wallToEpochMs(Date.UTC(y, m - 1, d + days), timeZone)).toISOString();
}

/**
 * The store's query for a checked request: dates become the instants their
 * days start and end at in the zone, daylight saving included.
 *
 * @example
 * toListQuery({ limit: 50, day: '2026-11-23', timeZone: 'America/New_York' });
 * // { limit: 50, ..., since: '2026-11-23T05:00:00.000Z', until: '2026-11-24T05:00:00.000Z' }
 */
export function toListQuery(query: z.output<typeof CallListQuerySchema>): CallListQuery {
  const zone = query.timeZone ?? 'UTC';
  const first = query.day ?? query.fromDate;
  const last = query.day ?? query.toDate;
  return {
    limit: query.limit,
    before: query.before,
    from: query.from,
    outcome: query.outcome,
    numberId: query.numberId,
    since: first && midnight(first, zone),
    until: last && midnight(last, zone, 1),
  };
}
