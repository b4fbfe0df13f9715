import type { NodeKind } from '@ringflow/shared';
import type { Finding } from '../src/index.js';

type NodeSpec = [id: string, kind: NodeKind, data?: Record<string, unknown>];
type EdgeSpec = [source: string, outcome: string, target: string];

/**
 * A raw flow document, as a client would send it, for the validator's tests:
 * `flowInput([['in', 'incoming-call'], ['bye', 'hang-up']], [['in', 'next', 'bye']])`.
 * Edge ids are `source-outcome`, so tests can name them.
 */
export function flowInput(nodes: NodeSpec[], edges: EdgeSpec[]) {
  return {
    schemaVersion: 1,
    name: 'test',
    nodes: nodes.map(([id, type, data], i) => ({
      id,
      type,
      position: { x: i * 250, y: 0 },
      data: data ?? {},
    })),
    edges: edges.map(([source, sourceHandle, target]) => ({
      id: `${source}-${sourceHandle}`,
      source,
      sourceHandle,
      target,
    })),
  };
}

/** The findings of one code, for assertions that ignore the rest. */
export function only(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

export const say = (text: string) => ({ type: 'say', text });
export const member = (memberId: string) => ({ type: 'member', memberId });
