/**
 * @module
 * The flow-sized work that runs in a worker thread (see `pool.ts`): each job
 * takes plain, cloneable data and answers plain data. Generating scenarios,
 * running them and validating a big document take time in proportion to the
 * flow; on the server's own thread they would hold up every webhook.
 */
import {
  type GeneratedScenarios,
  generateScenarioSet,
  runScenarios,
  type ScenarioBudget,
  type ScenarioResult,
  type ValidationContext,
  type ValidationResult,
  validateFlow,
} from '@ringflow/flow-runtime';
import type { FlowDocument, Scenario, Schedule } from '@ringflow/shared';

type Schedules = Record<string, Schedule>;

export interface GenerateJob {
  flow: FlowDocument;
  input: { from: string; to: string; instants: string[] };
  schedules: Schedules;
  budget?: ScenarioBudget;
}

export interface RunJob {
  document: FlowDocument;
  scenarios: Scenario[];
  schedules: Schedules;
}

export interface ValidateJob {
  document: unknown;
  context: ValidationContext;
}

/**
 * Every job a worker knows, by name.
 *
 * @example
 * jobs.generate({ flow, input: { from, to: '', instants }, schedules: {} }).truncated;
 */
export const jobs = {
  generate: (job: GenerateJob): GeneratedScenarios =>
    generateScenarioSet(job.flow, job.input, job.schedules, job.budget),
  run: (job: RunJob): ScenarioResult[] => runScenarios(job.document, job.scenarios, job.schedules),
  validate: (job: ValidateJob): ValidationResult => validateFlow(job.document, job.context),
};

export type Jobs = typeof jobs;
export type JobKind = keyof Jobs;
export type JobInput<K extends JobKind> = Parameters<Jobs[K]>[0];
export type JobOutput<K extends JobKind> = ReturnType<Jobs[K]>;

/** A job as posted to a worker, and its answer. */
export interface JobMessage {
  id: number;
  kind: JobKind;
  input: unknown;
}
export type JobReply =
  | { ready: true }
  | { id: number; ok: true; output: unknown }
  | { id: number; ok: false; error: string };
