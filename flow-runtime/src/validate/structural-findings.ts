import { describeRawNode } from './describe-node.js';
import { describeField } from './field-names.js';
import type { Finding } from './finding.js';
import { issuePredicate, type SchemaIssue } from './issue-message.js';

/**
 * Turns the schema's issues into findings that point at a node and at the
 * field inside its `data`, so the canvas can mark the node and its settings
 * panel the field. Zod reports every element of `nodes`, so one broken node
 * does not hide another's problems.
 *
 * @example
 * // issue at nodes[2].data.ringSeconds ->
 * // { code: 'invalid-node-data', nodeId: 'ring-1', path: ['ringSeconds'],
 * //   message: 'Ring users "Sales": ring duration must be at least 5 seconds' }
 */
export function structuralFindings(input: unknown, issues: readonly SchemaIssue[]): Finding[] {
  return issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    const key = path.findLast((k): k is string => typeof k === 'string');
    const predicate = issuePredicate(issue, valueAt(input, path), key);
    const [list, index] = path;
    const item = typeof index === 'number' ? asRecord(valueAt(input, [list ?? '', index])) : {};

    if (list === 'nodes' && typeof index === 'number') {
      const data = asRecord(item.data);
      const subject = describeRawNode(item.id, item.type, data.label);
      const nodeId = typeof item.id === 'string' ? item.id : undefined;
      if (path[2] === 'data') {
        const inner = path.slice(3);
        const field = inner.length ? describeField(inner) : 'settings';
        return finding('invalid-node-data', `${subject}: ${field} ${predicate}`, inner, nodeId);
      }
      const field = path.length > 2 ? describeField(path.slice(2)) : 'the step';
      return finding('invalid-document', `${subject}: ${field} ${predicate}`, path, nodeId);
    }
    if (list === 'edges' && typeof index === 'number') {
      const edgeId = typeof item.id === 'string' && item.id ? item.id : undefined;
      // The finding carries `edgeId` for the designer; its id means nothing to the admin.
      const subject = 'A connection';
      const field = path.length > 2 ? describeField(path.slice(2)) : 'the connection';
      return { ...finding('invalid-document', `${subject}: ${field} ${predicate}`, path), edgeId };
    }
    const field = path.length ? describeField(path) : 'the document';
    return finding('invalid-document', `Flow document: ${field} ${predicate}`, path);
  });
}

function finding(
  code: 'invalid-document' | 'invalid-node-data',
  message: string,
  path: (string | number)[],
  nodeId?: string,
): Finding {
  return { code, severity: 'error', message, path, ...(nodeId === undefined ? {} : { nodeId }) };
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
