import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { NodeDefinition } from '../src/nodes/define.js';
import { incomingCall } from '../src/nodes/incoming-call/definition.js';
import {
  definitionOf,
  isNodeKind,
  NODE_KINDS,
  type NodeKind,
  nodeDefinitions,
} from '../src/nodes/registry.js';
import { ringUsers } from '../src/nodes/ring-users/definition.js';
import { voicemail } from '../src/nodes/voicemail/definition.js';

/** The outcome ids (source handles) of each kind's default data, from the issue. */
const DEFAULT_OUTCOMES: Record<NodeKind, string[]> = {
  'incoming-call': ['next'],
  'ring-users': ['answered', 'no-answer'],
  'business-hours': ['open', 'closed'],
  'route-by-caller': ['other'],
  'phone-menu': ['1', '2', 'no-input'],
  'play-message': ['next'],
  voicemail: ['recorded', 'no-message'],
  'forward-call': ['answered', 'no-answer'],
  'auto-reply': [],
  'hang-up': [],
};

/** Outcome ids of `kind` for `data` given as a document would (defaults filled by the schema). */
function outcomeIds(kind: NodeKind, data: unknown): string[] {
  const definition = definitionOf(kind);
  return definition.outcomes(definition.schema.parse(data)).map((o) => o.id);
}

describe.each(NODE_KINDS)('node kind %s', (kind) => {
  const definition = definitionOf(kind);

  it('is registered under its own kind', () => {
    expect(definition.kind).toBe(kind);
  });

  it('has a label, a description, an icon and a colour', () => {
    expect(definition.label.trim()).not.toBe('');
    expect(definition.description.trim()).not.toBe('');
    expect(definition.icon).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(definition.color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('has defaults that its schema accepts unchanged, also through JSON', () => {
    const defaults = definition.defaults();
    expect(definition.schema.parse(defaults)).toEqual(defaults);
    expect(definition.schema.parse(JSON.parse(JSON.stringify(defaults)))).toEqual(defaults);
  });

  it('returns fresh defaults each time, so nodes never share data', () => {
    expect(definition.defaults()).not.toBe(definition.defaults());
  });

  it('accepts empty data, as an API client may send it', () => {
    expect(definition.schema.safeParse({}).success).toBe(true);
  });

  it('has unique outcome ids, as the issue lists them', () => {
    const ids = definition.outcomes(definition.defaults()).map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(DEFAULT_OUTCOMES[kind]);
  });

  it('labels every outcome', () => {
    for (const outcome of definition.outcomes(definition.defaults())) {
      expect(outcome.label.trim()).not.toBe('');
    }
  });

  it('summarises its defaults in one non-empty line', () => {
    const summary = definition.summary(definition.defaults());
    expect(summary.trim()).not.toBe('');
    expect(summary).not.toContain('\n');
  });
});

describe('outcomes that depend on the data', () => {
  it('business-hours adds holiday only with holidayBranch', () => {
    expect(outcomeIds('business-hours', { holidayBranch: false })).toEqual(['open', 'closed']);
    expect(outcomeIds('business-hours', { holidayBranch: true })).toEqual([
      'open',
      'closed',
      'holiday',
    ]);
  });

  it('phone-menu has one outcome per configured digit, in order, then no-input', () => {
    const options = [
      { digit: '3' },
      { digit: '*', label: 'Repeat' },
      { digit: '0' },
      { digit: '#' },
    ];
    expect(outcomeIds('phone-menu', { options })).toEqual(['3', '*', '0', '#', 'no-input']);
    expect(outcomeIds('phone-menu', { options: [] })).toEqual(['no-input']);
  });

  it.each([
    [
      'ring-users',
      { targets: [{ type: 'number', number: '+14155550100' }], strategy: 'sequential' },
    ],
    ['forward-call', { number: 'sip:desk@example.com', callerId: 'business' }],
  ] as const)('%s keeps answered and no-answer whatever the data', (kind, data) => {
    expect(outcomeIds(kind, data)).toEqual(['answered', 'no-answer']);
  });

  it('auto-reply has no outcome even with texts and a schedule', () => {
    expect(outcomeIds('auto-reply', { scheduleId: 'hours', inHoursText: 'Hi' })).toEqual([]);
  });
});

describe('the registry', () => {
  type Registry = { [K in NodeKind]: NodeDefinition<K, z.ZodType> };

  it('holds exactly the kinds of NODE_KINDS', () => {
    expect(Object.keys(nodeDefinitions).sort()).toEqual([...NODE_KINDS].sort());
    expect(new Set(NODE_KINDS).size).toBe(NODE_KINDS.length);
  });

  it('allows exactly one entry', () => {
    const limited = NODE_KINDS.filter((kind) => definitionOf(kind).max !== undefined);
    expect(limited).toEqual(['incoming-call']);
    expect(incomingCall.max).toBe(1);
  });

  it('recognises its kinds and nothing else', () => {
    for (const kind of NODE_KINDS) expect(isNodeKind(kind)).toBe(true);
    for (const value of ['', 'Ring-users', 'start', 1, null, undefined]) {
      expect(isNodeKind(value)).toBe(false);
    }
  });

  it('is a compile error when a kind is missing or has the wrong definition', () => {
    // The same check as the one in registry.ts; `tsc -p shared/test` verifies these lines.
    const complete = nodeDefinitions satisfies Registry;
    const { voicemail: _omitted, ...missingVoicemail } = nodeDefinitions;
    // @ts-expect-error: `voicemail` is missing
    const incomplete = missingVoicemail satisfies Registry;
    const swapped = { ...nodeDefinitions, 'ring-users': voicemail, voicemail: ringUsers };
    // @ts-expect-error: each kind must map to the definition of that kind
    const mismatched = swapped satisfies Registry;
    expect([complete, incomplete, mismatched]).toHaveLength(3);
  });
});
