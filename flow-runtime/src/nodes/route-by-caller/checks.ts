import type { CallerRule } from '@ringflow/shared';
import { describeNode } from '../../validate/describe-node.js';
import type { Finding } from '../../validate/finding.js';
import type { NodeChecks } from '../define.js';

/** How a finding names a rule: "rule 2 (Spam)". */
function ruleName(rule: CallerRule, index: number): string {
  return `rule ${index + 1}${rule.name.trim() ? ` (${rule.name.trim()})` : ''}`;
}

/** What a rule lists: its numbers or its prefixes (a withheld rule lists nothing). */
function entriesOf(rule: CallerRule): string[] {
  if (rule.match.type === 'numbers') return rule.match.numbers;
  if (rule.match.type === 'prefix') return rule.match.prefixes;
  return [];
}

/**
 * The earlier rule that takes every caller an entry (a number, or a prefix's
 * numbers) of a later rule would match, with why; null when none does.
 */
function shadowOf(
  entry: string,
  earlier: readonly CallerRule[],
): { index: number; why: string } | null {
  for (const [index, rule] of earlier.entries()) {
    const { match } = rule;
    if (match.type === 'numbers' && match.numbers.includes(entry))
      return { index, why: `${entry} is also listed in` };
    if (match.type === 'prefix') {
      const prefix = match.prefixes.find((p) => entry.startsWith(p));
      if (prefix) return { index, why: `${entry} starts with ${prefix}, already taken by` };
    }
  }
  return null;
}

/**
 * Rules are checked in order and the first match wins, so an earlier rule can
 * hide a later one: partly (some of its numbers never reach it) or wholly (it
 * can never match). A rule id used twice is an error too.
 */
export const routeByCallerChecks: NodeChecks<'route-by-caller'> = (node) => {
  const findings: Finding[] = [];
  const name = describeNode(node);
  const { rules } = node.data;
  const add = (
    code: string,
    severity: Finding['severity'],
    path: Finding['path'],
    message: string,
  ) => findings.push({ code, severity, nodeId: node.id, path, message: `${name}: ${message}` });
  if (rules.length === 0) {
    findings.push({
      code: 'caller-no-rules',
      severity: 'warning',
      nodeId: node.id,
      path: ['rules'],
      message: `${name} has no rules, so every caller goes to "Anyone else"; add a rule`,
    });
  }
  const ids = new Set<string>();
  rules.forEach((rule, index) => {
    const which = ruleName(rule, index);
    if (ids.has(rule.id)) {
      add(
        'caller-duplicate-rule-id',
        'error',
        ['rules', index, 'id'],
        `${which} has the id "${rule.id}" of an earlier rule; give each rule its own id`,
      );
    }
    ids.add(rule.id);
    const earlier = rules.slice(0, index);
    if (rule.match.type === 'withheld') {
      const first = earlier.findIndex((r) => r.match.type === 'withheld');
      if (first >= 0) {
        add(
          'caller-unreachable-rule',
          'error',
          ['rules', index],
          `${which} can never match: withheld callers already take ${ruleName(rules[first] as CallerRule, first)}`,
        );
      }
      return;
    }
    // An empty list is the schema's to report (quietly, while a new rule is being filled in).
    const entries = entriesOf(rule);
    const field = rule.match.type === 'numbers' ? 'numbers' : 'prefixes';
    const shadows = entries.map((entry) => ({ entry, shadow: shadowOf(entry, earlier) }));
    const hidden = shadows.filter((s) => s.shadow !== null);
    const [firstHidden] = hidden;
    if (!firstHidden?.shadow) return;
    const by = ruleName(rules[firstHidden.shadow.index] as CallerRule, firstHidden.shadow.index);
    const why = `${firstHidden.shadow.why} ${by}`;
    if (hidden.length === entries.length) {
      add(
        'caller-unreachable-rule',
        'error',
        ['rules', index],
        `${which} can never match: ${why}${hidden.length > 1 ? ' (and so are the others)' : ''}`,
      );
    } else {
      const path = ['rules', index, 'match', field, entries.indexOf(firstHidden.entry)];
      add(
        'caller-overlapping-rule',
        'warning',
        path,
        `${which} overlaps an earlier rule: ${why}, so those callers never reach ${which}`,
      );
    }
  });
  return findings;
};
