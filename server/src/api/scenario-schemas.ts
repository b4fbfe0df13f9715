/**
 * @module
 * What the scenario routes take and answer, as OpenAPI components.
 */
import { z } from '@hono/zod-openapi';
import { FLOW_OUTCOMES, ScenarioSchema } from '@ringflow/shared';

// Shared's schema may predate @hono/zod-openapi's `.openapi`; document a clone.
export const ScenarioInputSchema = ScenarioSchema.clone().openapi('Scenario', {
  description:
    "A call's inputs (caller, start instant, events with their delays) and what the flow should do with them",
});

export const ScenarioResultSchema = z
  .object({
    scenarioId: z.string().nullable(),
    name: z.string(),
    passed: z.boolean(),
    actual: z.object({
      path: z.array(z.string()),
      outcome: z.enum(FLOW_OUTCOMES).nullable(),
      autoReplies: z.array(z.string()),
    }),
    difference: z
      .string()
      .nullable()
      .openapi({ example: 'Step 3: expected "voicemail", reached "after-hours-menu"' }),
  })
  .openapi('ScenarioResult');

export const RunTargetSchema = z.discriminatedUnion('target', [
  z.strictObject({ target: z.literal('draft') }),
  z.strictObject({ target: z.literal('revision'), revision: z.number().int().min(1) }),
]);

export const GenerateInputSchema = z.strictObject({
  from: z.string().min(1).max(64).optional().openapi({ example: '+14155550100' }),
  to: z.string().max(64).optional(),
  instants: z
    .array(z.iso.datetime({ offset: true }))
    .min(1)
    .max(20)
    .optional()
    .openapi({
      description:
        'When the generated calls start; by default now, in 12 hours and next Saturday noon (UTC)',
    }),
});

export const GeneratedScenariosSchema = z
  .object({
    scenarios: z.array(ScenarioInputSchema),
    truncated: z.boolean().openapi({
      description:
        'True when the flow has more ways through than the budget allows (200 scenarios, and a limit on the work): `scenarios` are the first ones found',
    }),
    message: z.string().optional().openapi({ example: 'Too many paths: showing the first 200.' }),
  })
  .openapi('GeneratedScenarios');

export const ScenarioRefusedSchema = z
  .object({
    error: z.object({ code: z.literal('scenarios-failing'), message: z.string() }),
    results: z.array(ScenarioResultSchema),
  })
  .openapi('ScenariosFailing');
