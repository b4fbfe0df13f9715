import { definitionOf, type NameLookup, type NodeKind, type Outcome } from '@ringflow/shared';
import type { NodeData } from './types.js';

/** What a node shows on the canvas. */
export interface NodeView {
  title: string;
  summary: string;
  outcomes: Outcome[];
}

/**
 * The title, summary line and outcome handles of a node. The data may be
 * half-typed (a ring duration of "4"), so the definition's functions are
 * given the parsed data when it parses and the raw data otherwise, and a
 * summary that cannot be made says so instead of breaking the canvas.
 *
 * @example
 * nodeView('ring-users', { targets: [], ringSeconds: 20 }).summary; // 'Nobody to ring yet'
 */
export function nodeView(kind: NodeKind, data: NodeData, names?: NameLookup): NodeView {
  const definition = definitionOf(kind);
  const parsed = definition.schema.safeParse(data);
  const value = parsed.success ? parsed.data : data;
  const label = typeof data.label === 'string' ? data.label.trim() : '';
  return {
    title: label || definition.label,
    summary: attempt(() => definition.summary(value, names), 'Check the settings'),
    outcomes: attempt(() => definition.outcomes(value), []),
  };
}

function attempt<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}
