import { describe, expect, it } from 'vitest';
import { validateFlow } from '../src/index.js';
import { flowInput, member } from './validate-input.js';

describe('validateFlow: structure', () => {
  it.each([
    ['a string', 'hello', 'must be a JSON object'],
    ['null', null, 'must be a JSON object'],
    ['no schemaVersion', { nodes: [], edges: [] }, 'schemaVersion must be a positive whole number'],
    ['a future version', { schemaVersion: 99, nodes: [], edges: [] }, 'newer than this Ringflow'],
  ])('reports %s as an invalid document without throwing', (_, input, text) => {
    const result = validateFlow(input);
    expect(result.document).toBeNull();
    expect(result.ok).toBe(false);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.code).toBe('invalid-document');
    expect(result.findings[0]?.message).toContain(text);
  });

  it('refuses a misspelt setting instead of silently using the default', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['ring-1', 'ring-users', { targets: [member('alice')], ringSecond: 20 }],
      ],
      [['in', 'next', 'ring-1']],
    );
    const { findings } = validateFlow(input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'invalid-node-data',
      nodeId: 'ring-1',
      severity: 'error',
    });
    expect(findings[0]?.message).toContain('"ringSecond"');
  });

  it('names the node and the field, with the path inside data', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['ring-1', 'ring-users', { label: 'Sales', targets: [member('alice')], ringSeconds: 3 }],
      ],
      [['in', 'next', 'ring-1']],
    );
    const { findings, document } = validateFlow(input);
    expect(document).toBeNull();
    expect(findings).toEqual([
      {
        code: 'invalid-node-data',
        severity: 'error',
        nodeId: 'ring-1',
        path: ['ringSeconds'],
        message: 'Ring users "Sales": ring duration must be at least 5 seconds',
      },
    ]);
  });

  it("reports every broken node's problems, not just the first", () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['ring', 'ring-users', { targets: [{ type: 'number', number: '555' }], ringSeconds: 90 }],
        ['menu', 'phone-menu', { options: [{ digit: 'A' }], attempts: 1.5 }],
        ['fwd', 'forward-call', { callerId: 'nobody' }],
      ],
      [],
    );
    const findings = validateFlow(input).findings.filter((f) => f.code === 'invalid-node-data');
    const at = findings.map((f) => [f.nodeId, f.path?.join('.')]);
    expect(at).toEqual([
      ['ring', 'targets.0.number'],
      ['ring', 'ringSeconds'],
      ['menu', 'options.0.digit'],
      ['menu', 'attempts'],
      ['fwd', 'callerId'],
    ]);
    const messages = findings.map((f) => f.message);
    expect(messages[0]).toBe(
      'Ring users: number of person to ring 1 is not valid: Use an international number (+14155550100) or a SIP address (sip:alice@example.com)',
    );
    expect(messages[1]).toBe('Ring users: ring duration must be at most 60 seconds');
    expect(messages[2]).toContain('Phone menu: key of option 1 must be one of "0", "1", "2"');
    expect(messages[2]).toContain('not "A"');
    expect(messages[3]).toBe('Phone menu: number of attempts must be a whole number');
    expect(messages[4]).toContain(
      'Forward call: caller ID shown must be one of "caller", "business"',
    );
  });

  it('reports an unknown node kind and a node without a position as document problems', () => {
    const input = flowInput([['in', 'incoming-call']], []);
    const nodes: unknown[] = [
      ...input.nodes,
      { id: 'fax', type: 'fax-machine', position: { x: 0, y: 0 }, data: {} },
      { id: 'bye', type: 'hang-up', data: {} },
    ];
    const { findings } = validateFlow({ ...input, nodes });
    expect(findings.map((f) => [f.code, f.nodeId, f.path])).toEqual([
      ['invalid-document', 'fax', ['nodes', 1, 'type']],
      ['invalid-document', 'bye', ['nodes', 2, 'position']],
    ]);
    expect(findings[0]?.message).toMatch(/^Step \(fax\): kind must be one of "incoming-call"/);
    expect(findings[0]?.message).toContain('not "fax-machine"');
    expect(findings[1]?.message).toBe('Hang up: canvas position is missing');
  });

  it('reports broken edges and document fields with their path in the document', () => {
    const input = { ...flowInput([['in', 'incoming-call']], []), name: 7 };
    const edges = [{ id: 'e1', source: 'in', sourceHandle: 'next' }];
    const { findings } = validateFlow({ ...input, edges });
    expect(findings).toEqual([
      {
        code: 'invalid-document',
        severity: 'error',
        path: ['name'],
        message: 'Flow document: name must be a string, not 7',
      },
      {
        code: 'invalid-document',
        severity: 'error',
        path: ['edges', 0, 'target'],
        edgeId: 'e1',
        message: 'A connection: end step is missing',
      },
    ]);
  });

  it('names an empty field as empty, and does not hide what is wrong elsewhere', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['ring-1', 'ring-users', { label: 'Sales', targets: [member('alice')], ringSeconds: '' }],
        ['menu-1', 'phone-menu', { label: 'Main menu', options: [{ digit: '1' }] }],
        ['vm', 'voicemail', { label: 'Messages' }],
      ],
      [
        ['in', 'next', 'ring-1'],
        ['ring-1', 'no-answer', 'menu-1'],
        ['menu-1', 'key-1', 'vm'],
      ],
    );
    const { findings, document } = validateFlow(input);
    expect(document).toBeNull();
    expect(findings[0]).toMatchObject({
      code: 'invalid-node-data',
      nodeId: 'ring-1',
      message: 'Ring users "Sales": ring duration is empty',
    });
    // The broken step's connections still count: what it leads to is reachable.
    const others = findings.slice(1).map((f) => [f.code, f.nodeId]);
    expect(others).toContainEqual(['unconnected-outcome', 'vm']);
    expect(others).not.toContainEqual(['unreachable-node', 'menu-1']);
    expect(others).not.toContainEqual(['unreachable-node', 'vm']);
    // Nothing is said about the broken step's stand-in.
    expect(findings.filter((f) => f.nodeId === 'ring-1')).toHaveLength(1);
  });

  it('returns the defaulted document when it parses', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['bye', 'hang-up'],
      ],
      [['in', 'next', 'bye']],
    );
    const { document, ok, findings } = validateFlow(input);
    expect(findings).toEqual([]);
    expect(ok).toBe(true);
    expect(document?.description).toBe('');
    expect(document?.nodes).toHaveLength(2);
  });
});
