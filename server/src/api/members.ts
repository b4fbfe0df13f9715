import { createRoute, z } from '@hono/zod-openapi';
import { DialAddressSchema, normalisePhoneInput } from '@ringflow/shared';
import { createMember, deleteMember, getMember, listMembers, updateMember } from '../db/members.js';
import { transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { auditChange } from './audit-change.js';
import { conflict, errorResponses, notFound } from './errors.js';
import { flowsUsing } from './flows-using.js';
import { router } from './router.js';
import { ChosenIdSchema, IdParams, InstantSchema, json, jsonBody } from './schemas.js';

/**
 * What a member's phone can be reached at: a number, a SIP address, or a
 * Twilio Client identity. Numbers typed in the national format are stored in
 * E.164, so the same number typed two ways is one address.
 */
export const MemberAddressSchema = z
  .string()
  .overwrite((value) => normalisePhoneInput(value))
  .refine(
    (value) =>
      DialAddressSchema.safeParse(value).success || /^client:[A-Za-z0-9_.@-]{1,120}$/.test(value),
    'Use an international number (+14155550101), a SIP address (sip:alice@example.com) or client:name',
  )
  .openapi({
    example: '+14155550101',
    description:
      'An E.164 number (or a US national number such as (415) 555-0101, stored as E.164), a sip: address or a client: identity',
  });

export const MemberSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    addresses: z.array(z.string()),
    dndUntil: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Member');

const fields = {
  name: z.string().trim().min(1, 'Give a name').max(120).openapi({ example: 'Alice' }),
  addresses: z
    .array(MemberAddressSchema)
    .min(1, 'Give at least one number or address')
    .max(10)
    .superRefine(refuseDuplicates)
    .openapi({ description: 'E.164 numbers, sip: or client: addresses, rung together' }),
  dndUntil: InstantSchema.nullable().openapi({
    description: 'Do not disturb until this instant; null to clear',
  }),
};

/** Each address once: a second copy is reported at its own index (`addresses.1`). */
function refuseDuplicates(addresses: string[], ctx: z.RefinementCtx) {
  addresses.forEach((address, i) => {
    const first = addresses.indexOf(address);
    if (first < i)
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: `${address} is already address ${first + 1}`,
      });
  });
}

const NewMemberSchema = z.strictObject({
  id: ChosenIdSchema.optional(),
  ...fields,
  dndUntil: fields.dndUntil.default(null),
});
const MemberPatchSchema = z.strictObject(fields).partial();
const DndSchema = z.strictObject({
  minutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .nullable()
    .openapi({
      description: '30, 60, 480 or any number of minutes; null ends do not disturb',
      example: 60,
    }),
});

const tags = ['Team members'];
const one = json(MemberSchema, 'The team member');
const listRoute = createRoute({
  method: 'get',
  path: '/members',
  tags,
  summary: 'List team members',
  responses: { 200: json(z.object({ members: z.array(MemberSchema) }), 'Everyone, by name') },
});
const getRoute = createRoute({
  method: 'get',
  path: '/members/{id}',
  tags,
  summary: 'Get a team member',
  request: { params: IdParams },
  responses: { 200: one, ...errorResponses(404) },
});
const createMemberRoute = createRoute({
  method: 'post',
  path: '/members',
  tags,
  summary: 'Add a team member',
  request: { body: jsonBody(NewMemberSchema) },
  responses: { 201: one, ...errorResponses(400, 409) },
});
const patchRoute = createRoute({
  method: 'patch',
  path: '/members/{id}',
  tags,
  summary: 'Change a team member',
  request: { params: IdParams, body: jsonBody(MemberPatchSchema) },
  responses: { 200: one, ...errorResponses(400, 404) },
});
const dndRoute = createRoute({
  method: 'post',
  path: '/members/{id}/dnd',
  tags,
  summary: 'Turn do not disturb on for some minutes, or off',
  request: { params: IdParams, body: jsonBody(DndSchema) },
  responses: { 200: one, ...errorResponses(400, 404) },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/members/{id}',
  tags,
  summary: 'Remove a team member no published flow rings',
  request: { params: IdParams },
  responses: { 204: { description: 'Removed' }, ...errorResponses(404, 409) },
});

/** Team members: who ring-users nodes ring, at which addresses, and who is in do not disturb. */
export function membersApi(deps: ServerDeps) {
  const { db, clock } = deps;
  const now = () => clock.now().toISOString();
  return router()
    .openapi(listRoute, async (c) => c.json({ members: await listMembers(db) }, 200))
    .openapi(getRoute, async (c) => {
      const { id } = c.req.valid('param');
      return c.json((await getMember(db, id)) ?? notFound('team member', id), 200);
    })
    .openapi(createMemberRoute, async (c) => {
      const body = c.req.valid('json');
      const member = await transaction(db, async (tx) => {
        if (body.id && (await getMember(tx, body.id)))
          conflict(`A team member with id "${body.id}" exists`);
        const created = await createMember(tx, body, now());
        await auditChange({ ...deps, db: tx }, c, 'member.create', created.id, body);
        return created;
      });
      return c.json(member, 201);
    })
    .openapi(patchRoute, async (c) => {
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const member = await transaction(db, async (tx) => {
        const updated = (await updateMember(tx, id, patch, now())) ?? notFound('team member', id);
        await auditChange({ ...deps, db: tx }, c, 'member.update', id, patch);
        return updated;
      });
      return c.json(member, 200);
    })
    .openapi(dndRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { minutes } = c.req.valid('json');
      const until =
        minutes === null ? null : new Date(clock.now().getTime() + minutes * 60_000).toISOString();
      const member = await transaction(db, async (tx) => {
        const updated =
          (await updateMember(tx, id, { dndUntil: until }, now())) ?? notFound('team member', id);
        await auditChange({ ...deps, db: tx }, c, 'member.dnd', id, { dndUntil: until });
        return updated;
      });
      return c.json(member, 200);
    })
    .openapi(deleteRoute, async (c) => {
      const { id } = c.req.valid('param');
      await transaction(db, async (tx) => {
        const member = (await getMember(tx, id)) ?? notFound('team member', id);
        const users = await flowsUsing(tx, { memberId: id });
        if (users.length > 0)
          conflict(
            `${member.name} is rung by published ${users.join(', ')}; remove them there first`,
          );
        await deleteMember(tx, id);
        await auditChange({ ...deps, db: tx }, c, 'member.delete', id, { name: member.name });
      });
      return c.body(null, 204);
    });
}
