/**
 * @module
 * Scenarios saved on a flow: the inputs of a call and what the flow is
 * expected to do with them. The scenario document is stored whole, as JSON.
 */
import type { Scenario } from '@ringflow/shared';
import { newId } from '../ids.js';
import { type Connection, sqlOf } from './sql/connection.js';

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
export async function listScenarios(db: Connection, flowId: string): Promise<StoredScenario[]> {
  return (
    await sqlOf(db).all<ScenarioRow>(
      'SELECT id, document FROM scenarios WHERE flow_id = ? ORDER BY created_at, rowid',
      [flowId],
    )
  ).map(toScenario);
}

export async function getScenario(
  db: Connection,
  flowId: string,
  id: string,
): Promise<StoredScenario | undefined> {
  const row = await sqlOf(db).get<ScenarioRow>(
    'SELECT id, document FROM scenarios WHERE flow_id = ? AND id = ?',
    [flowId, id],
  );
  return row && toScenario(row);
}

/** @example createScenario(db, flow.id, scenario, now); */
export async function createScenario(
  db: Connection,
  flowId: string,
  scenario: Scenario,
  at: string,
): Promise<StoredScenario> {
  const id = newId('scn');
  const { id: _ignored, ...document } = scenario;
  await sqlOf(db).run(
    'INSERT INTO scenarios (id, flow_id, document, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    [id, flowId, JSON.stringify(document), at, at],
  );
  return { ...document, id };
}

/** Replaces a scenario's document; undefined when the flow has no such scenario. */
export async function replaceScenario(
  db: Connection,
  flowId: string,
  id: string,
  scenario: Scenario,
  at: string,
): Promise<StoredScenario | undefined> {
  const { id: _ignored, ...document } = scenario;
  const changes = await sqlOf(db).run(
    'UPDATE scenarios SET document = ?, updated_at = ? WHERE flow_id = ? AND id = ?',
    [JSON.stringify(document), at, flowId, id],
  );
  return changes > 0 ? { ...document, id } : undefined;
}

export async function deleteScenario(db: Connection, flowId: string, id: string): Promise<boolean> {
  return (
    (await sqlOf(db).run('DELETE FROM scenarios WHERE flow_id = ? AND id = ?', [flowId, id])) > 0
  );
}
