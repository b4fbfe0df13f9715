import { type FlowNode, type NodeReference as Reference, referencesOf } from '@ringflow/shared';
import type { RuleContext } from '../context.js';
import { describeNode } from '../describe-node.js';
import { describeField } from '../field-names.js';
import type { Finding } from '../finding.js';
import type { Rule } from './rule.js';

const KINDS: Record<
  Reference['kind'],
  { known: 'scheduleIds' | 'memberIds' | 'greetingIds'; noun: string }
> = {
  schedule: { known: 'scheduleIds', noun: 'schedule' },
  member: { known: 'memberIds', noun: 'team member' },
  greeting: { known: 'greetingIds', noun: 'greeting' },
};

/**
 * Schedules, team members and greetings live outside the flow and can be
 * deleted after it was drawn. Checked only against the lists the caller
 * passes: without a list there is nothing to compare with. What a node
 * refers to is its kind's to say (`refersTo` in its definition).
 */
export const referencesRule: Rule = (doc, _graph, context) =>
  doc.nodes.flatMap((node) => referencesOf(node).flatMap((ref) => check(node, ref, context)));

function check(node: FlowNode, ref: Reference, context: RuleContext): Finding[] {
  // The list item or the field the reference sits in, as the settings panel names it.
  const indexed = ref.path.some((k) => typeof k === 'number');
  const where = describeField(ref.path.slice(0, -1));
  const forWhere = where === 'the value' ? '' : ` for ${indexed ? where : `the ${where}`}`;
  const finding = (message: string): Finding[] => [
    { code: `unknown-${ref.kind}`, severity: 'error', nodeId: node.id, path: ref.path, message },
  ];
  if (!ref.id.trim()) {
    // A blank member is a ring target added but never filled in. Blank schedules and
    // greetings mean "none chosen" and are reported by `no-schedule` and `empty-prompt`.
    return ref.kind === 'member'
      ? finding(
          `${describeNode(node)}: ${where} has no team member chosen; pick one or remove the row`,
        )
      : [];
  }
  const { known: list, noun } = KINDS[ref.kind];
  const known = context[list];
  if (!known || known.has(ref.id)) return [];
  return finding(
    `${describeNode(node)}: the ${noun} chosen${forWhere} ("${ref.id}") does not exist; it may have been deleted, choose another`,
  );
}
