/**
 * @module
 * Scenarios saved on a flow: the inputs of a call and what the flow is
 * expected to do with them. The scenario document is stored whole, as JSON.
 */
import type { Scenario } from '@ringflow/shared';
import { newId } from '../ids.js';
import type { Db } from './database.js';
import { sql } from './statements.js';

/** A stored scenario: always with its id. */
export type StoredScenario = Scenario & { id: string };

interface ScenarioRow {
  id: string;
  document: string;
}

const toScenario = (row: ScenarioRow): StoredScenario => ({
  ...(JSON.parse(row.document) as Scenario),
  id: row.id,
});

/** A flow's scenarios, oldest first. */
export function listScenarios(db: Db, flowId: string): StoredScenario[] {
  return sql<[string], ScenarioRow>(
    db,
    'SELECT id, document FROM scenarios WHERE flow_id = ? ORDER BY created_at, rowid',
  )
    .all(flowId)
    .map(toScenario);
}

export function getScenario(db: Db, flowId: string, id: string): StoredScenario | undefined {
  const row = sql<[string, string], ScenarioRow>(
    db,
    'SELECT id, document FROM scenarios WHERE flow_id = ? AND id = ?',
  ).get(flowId, id);
  return row && toScenario(row);
}

/** @example createScenario(db, flow.id, scenario, now); */
export function createScenario(
  db: Db,
  flowId: string,
  scenario: Scenario,
  at: string,
): StoredScenario {
  const id = newId('scn');
  const { id: _ignored, ...document } = scenario;
  sql(
    db,
    'INSERT INTO scenarios (id, flow_id, document, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  ).run(id, flowId, JSON.stringify(document), at, at);
  return { ...document, id };
}

/** Replaces a scenario's document; undefined when the flow has no such scenario. */
export function replaceScenario(
  db: Db,
  flowId: string,
  id: string,
  scenario: Scenario,
  at: string,
): StoredScenario | undefined {
  const { id: _ignored, ...document } = scenario;
  const changes = sql(
    db,
    'UPDATE scenarios SET document = ?, updated_at = ? WHERE flow_id = ? AND id = ?',
  ).run(JSON.stringify(document), at, flowId, id).changes;
  return changes > 0 ? { ...document, id } : undefined;
}

export function deleteScenario(db: Db, flowId: string, id: string): boolean {
  return sql(db, 'DELETE FROM scenarios WHERE flow_id = ? AND id = ?').run(flowId, id).changes > 0;
}
