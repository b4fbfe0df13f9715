import {
  callerDecision,
  callerNumber,
  type FlowDocument,
  type NodeKind,
  sampleCaller,
} from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import {
  compileFlow,
  generateScenarios,
  runScenario,
  startCall,
  validateFlow,
} from '../src/index.js';
import { buildFlow, CALL, MONDAY_10AM } from './build-flow.js';
import { flowInput } from './validate-input.js';

const VIP = { id: 'vip', name: 'VIP', match: { type: 'numbers', numbers: ['+14155550111'] } };
const UK = { id: 'uk', name: 'UK', match: { type: 'prefix', prefixes: ['+44'] } };
const SPAM = { id: 'spam', name: 'Spam', match: { type: 'withheld' } };

/** A route-by-caller step with `rules`, each rule's outcome and `other` to its own play step. */
function flowWith(rules: object[]): FlowDocument {
  return buildFlow(...specWith(rules));
}

/** The flow of `flowWith` as unchecked input. */
function specWith(rules: object[]): Parameters<typeof flowInput> {
  const ids = [...rules.map((r) => (r as { id: string }).id), 'other'];
  return [
    [
      ['in', 'incoming-call'],
      ['who', 'route-by-caller', { rules }],
      ...ids.map(
        (id) =>
          [`to-${id}`, 'play-message', { label: `To ${id}` }] as [
            string,
            NodeKind,
            Record<string, unknown>,
          ],
      ),
      ['bye', 'hang-up'],
    ],
    [
      ['in', 'next', 'who'],
      ...ids.map((id) => ['who', id, `to-${id}`] as [string, string, string]),
      ...ids.map((id) => [`to-${id}`, 'next', 'bye'] as [string, string, string]),
    ],
  ];
}

/** The outcome the step was left by for a call from `from`. */
function outcomeFor(flow: FlowDocument, from: string): string | undefined {
  const view = startCall(compileFlow(flow), { call: { ...CALL, from }, at: MONDAY_10AM });
  return view.taken?.find((t) => t.nodeId === 'who')?.outcomeId;
}

describe('a route-by-caller step', () => {
  const flow = flowWith([VIP, UK, SPAM]);

  it('sends each caller by the first rule that matches, else to other', () => {
    expect(outcomeFor(flow, '+14155550111')).toBe('vip');
    expect(outcomeFor(flow, '+442079460958')).toBe('uk');
    expect(outcomeFor(flow, 'anonymous')).toBe('spam');
    expect(outcomeFor(flow, '+14155550112')).toBe('other');
  });

  it('lets an earlier rule win over a later one that also matches', () => {
    const first = { id: 'first', match: { type: 'prefix', prefixes: ['+1415'] } };
    expect(outcomeFor(flowWith([first, VIP]), '+14155550111')).toBe('first');
    expect(outcomeFor(flowWith([VIP, first]), '+14155550111')).toBe('vip');
  });

  it.each([
    'anonymous',
    'Anonymous',
    'restricted',
    'private',
    'unknown',
    '+266696687',
    '',
    'sip:x@y.z',
  ])('takes the caller "%s" as withheld', (from) => {
    expect(callerNumber(from)).toBeNull();
    expect(outcomeFor(flow, from)).toBe('spam');
  });

  it('sends a withheld caller to other when no rule is for withheld numbers', () => {
    expect(outcomeFor(flowWith([VIP, UK]), 'Restricted')).toBe('other');
  });

  it('sends every caller to other when it has no rules', () => {
    expect(outcomeFor(flowWith([]), '+14155550111')).toBe('other');
  });

  it('says which rule matched and why', () => {
    const rules = [VIP, UK, SPAM] as Parameters<typeof callerDecision>[0];
    expect(callerDecision(rules, '+14155550111').text).toBe('VIP: +14155550111 is listed');
    expect(callerDecision(rules, '+442079460958').text).toBe('UK: +442079460958 starts with +44');
    expect(callerDecision(rules, 'private').text).toBe('Spam: the number is withheld');
    expect(callerDecision(rules, '+33123456789')).toEqual({
      rule: null,
      text: 'anyone else: +33123456789 matches no rule',
    });
  });

  it('gives a sample caller that each rule matches', () => {
    expect(sampleCaller({ type: 'prefix', prefixes: ['+1415'] })).toMatch(/^\+1415\d{8}$/);
    expect(sampleCaller({ type: 'prefix', prefixes: ['+44'] })).toMatch(/^\+44\d{10}$/);
    expect(sampleCaller({ type: 'withheld' })).toBe('anonymous');
  });
});

/** The findings of the route-by-caller step with `rules`, as "code: message". */
function findingsOf(rules: object[]): string[] {
  return validateFlow(flowWith(rules))
    .findings.filter((f) => f.nodeId === 'who')
    .map((f) => `${f.severity} ${f.code}: ${f.message}`);
}

describe('the checks of a route-by-caller step', () => {
  it('find nothing wrong with rules that do not hide one another', () => {
    expect(findingsOf([VIP, UK, SPAM])).toEqual([]);
  });

  it('warn when there are no rules', () => {
    expect(findingsOf([])).toEqual([
      'warning caller-no-rules: Route by caller has no rules, so every caller goes to "Anyone else"; add a rule',
    ]);
  });

  it('report a number listed in two rules, naming both', () => {
    const also = {
      id: 'also',
      match: { type: 'numbers', numbers: ['+14155550111', '+14155550122'] },
    };
    expect(findingsOf([VIP, also])).toEqual([
      'warning caller-overlapping-rule: Route by caller: rule 2 overlaps an earlier rule: +14155550111 is also listed in rule 1 (VIP), so those callers never reach rule 2',
    ]);
  });

  it('report a rule an earlier prefix wholly covers as one that can never match', () => {
    const london = { id: 'london', name: 'London', match: { type: 'prefix', prefixes: ['+4420'] } };
    expect(findingsOf([UK, london])).toEqual([
      'error caller-unreachable-rule: Route by caller: rule 2 (London) can never match: +4420 starts with +44, already taken by rule 1 (UK)',
    ]);
    // Most specific first is how it is meant to be written.
    expect(findingsOf([london, UK])).toEqual([]);
  });

  it('report a second withheld rule as one that can never match', () => {
    expect(findingsOf([SPAM, { id: 'again', match: { type: 'withheld' } }])).toEqual([
      'error caller-unreachable-rule: Route by caller: rule 2 can never match: withheld callers already take rule 1 (Spam)',
    ]);
  });

  it('report a rule id used twice', () => {
    expect(findingsOf([VIP, { ...UK, id: 'vip' }]).map((f) => f.split(':')[0])).toContain(
      'error caller-duplicate-rule-id',
    );
  });

  it('leave empty lists and malformed numbers to the schema, naming the field', () => {
    const result = validateFlow(
      flowInput(
        ...specWith([
          { id: 'vip', match: { type: 'numbers', numbers: [] } },
          { id: 'p', match: { type: 'prefix', prefixes: ['44'] } },
        ]),
      ),
    );
    const paths = result.findings.map((f) => f.path?.join('.'));
    expect(paths).toContain('rules.0.match.numbers');
    expect(paths).toContain('rules.1.match.prefixes.0');
    expect(result.document).toBeNull();
  });
});

describe('scenarios of a flow that routes by caller', () => {
  const flow = flowWith([VIP, UK, SPAM]);
  const scenarios = generateScenarios(flow, { ...CALL, instants: [MONDAY_10AM] }, {});

  it('has one per rule and one for anyone else, each with a caller that takes it', () => {
    expect(scenarios.map((s) => [s.from, s.expect.path[2]])).toEqual([
      [CALL.from, 'to-other'],
      ['+14155550111', 'to-vip'],
      ['+445550100000', 'to-uk'],
      ['anonymous', 'to-spam'],
    ]);
  });

  it('names each by the rule taken, and all of them pass', () => {
    expect(scenarios.map((s) => s.name)).toEqual([
      'caller: Anyone else → To other → missed',
      'caller: VIP (+14155550111) → To vip → missed',
      'caller: UK (+44…) → To uk → missed',
      'caller: Spam (Withheld number) → To spam → missed',
    ]);
    for (const scenario of scenarios) expect(runScenario(flow, scenario, {}).difference).toBeNull();
  });

  it('finds an "other" caller even when the default caller matches a rule', () => {
    const us = { id: 'us', match: { type: 'prefix', prefixes: ['+1'] } };
    const found = generateScenarios(flowWith([us]), { ...CALL, instants: [MONDAY_10AM] }, {});
    expect(found.map((s) => s.expect.path[2]).sort()).toEqual(['to-other', 'to-us']);
  });
});
