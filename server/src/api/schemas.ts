/**
 * @module
 * Small building blocks shared by the route definitions.
 */
import { z } from '@hono/zod-openapi';

/** A path `{id}`. */
export const IdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(128)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'alice' }),
});

/** An id a client may choose on create (members, schedules); the flow refers to it. */
export const ChosenIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use 1-64 letters, digits, "-" or "_"')
  .openapi({ example: 'alice' });

/** An ISO 8601 instant with an offset, e.g. `2026-11-23T10:00:00-05:00`, stored in UTC. */
export const InstantSchema = z.iso
  .datetime({ offset: true, message: 'Use an ISO 8601 instant, e.g. 2026-11-23T15:00:00Z' })
  .transform((value) => new Date(value).toISOString())
  .openapi({ example: '2026-11-23T15:00:00Z' });

/** A JSON response of `schema`. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** A required JSON request body of `schema`. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}
