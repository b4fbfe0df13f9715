import { describe, expect, it } from 'vitest';
import { validateFlow } from '../src/index.js';
import { flowInput, only } from './validate-input.js';

describe('validateFlow: entry and ids', () => {
  it('needs an incoming-call node, and does not also call every node unreachable', () => {
    const { findings } = validateFlow(flowInput([['bye', 'hang-up']], []));
    expect(findings.map((f) => f.code)).toEqual(['no-entry']);
  });

  it('reports each extra entry on its own node', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['in-2', 'incoming-call', { label: 'Second' }],
        ['bye', 'hang-up'],
      ],
      [
        ['in', 'next', 'bye'],
        ['in-2', 'next', 'bye'],
      ],
    );
    const [finding] = only(validateFlow(input).findings, 'multiple-entries');
    expect(finding?.nodeId).toBe('in-2');
    expect(finding?.message).toContain('Incoming call "Second" is a second start');
  });

  it('reports duplicate node and edge ids', () => {
    const input = flowInput(
      [
        ['in', 'incoming-call'],
        ['bye', 'hang-up'],
        ['bye', 'hang-up'],
      ],
      [['in', 'next', 'bye']],
    );
    input.edges.push({ ...input.edges[0], id: 'in-next' } as (typeof input.edges)[number]);
    const { findings } = validateFlow(input);
    expect(only(findings, 'duplicate-node-id').map((f) => f.nodeId)).toEqual(['bye']);
    expect(only(findings, 'duplicate-edge-id').map((f) => f.edgeId)).toEqual(['in-next']);
  });
});

describe('validateFlow: edges and outcomes', () => {
  const base = () =>
    flowInput(
      [
        ['in', 'incoming-call'],
        ['hours', 'business-hours', { scheduleId: 'weekdays', label: 'Office' }],
        ['bye', 'hang-up'],
      ],
      [
        ['in', 'next', 'hours'],
        ['hours', 'open', 'bye'],
        ['hours', 'closed', 'bye'],
      ],
    );

  it('reports edges from or to nodes that do not exist', () => {
    const input = base();
    input.edges.push(
      { id: 'from-ghost', source: 'ghost', sourceHandle: 'next', target: 'bye' },
      { id: 'to-ghost', source: 'bye', sourceHandle: 'next', target: 'ghost' },
    );
    const { findings } = validateFlow(input);
    expect(only(findings, 'edge-unknown-source')).toMatchObject([
      { edgeId: 'from-ghost', nodeId: 'bye' },
    ]);
    expect(only(findings, 'edge-unknown-target')).toMatchObject([
      { edgeId: 'to-ghost', nodeId: 'bye' },
    ]);
  });

  it('reports an outcome the node does not have, listing the ones it has', () => {
    const input = base();
    input.edges.push({ id: 'hol', source: 'hours', sourceHandle: 'holiday', target: 'bye' });
    const [finding] = only(validateFlow(input).findings, 'edge-unknown-outcome');
    expect(finding).toMatchObject({ nodeId: 'hours', edgeId: 'hol', severity: 'error' });
    expect(finding?.message).toContain(
      'Business hours "Office" has no outcome "holiday" (its outcomes: "Open", "Closed")',
    );
    expect(finding?.message).toContain('its outcomes: "Open", "Closed"');
  });

  it('accepts the holiday outcome once the branch is on', () => {
    const input = base();
    input.nodes[1] = {
      ...input.nodes[1],
      data: { scheduleId: 'weekdays', holidayBranch: true },
    } as (typeof input.nodes)[number];
    input.edges.push({ id: 'hol', source: 'hours', sourceHandle: 'holiday', target: 'bye' });
    expect(validateFlow(input).findings).toEqual([]);
  });

  it('reports an edge back into the entry, and not also as a loop', () => {
    const input = base();
    input.edges[1] = { id: 'back', source: 'hours', sourceHandle: 'open', target: 'in' };
    const { findings } = validateFlow(input);
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.nodeId])).toEqual([
      ['edge-into-entry', 'hours'],
    ]);
  });

  it('reports one finding per outcome with several edges, on the extra edge', () => {
    const input = base();
    input.edges.push(
      { id: 'open-2', source: 'hours', sourceHandle: 'open', target: 'bye' },
      { id: 'open-3', source: 'hours', sourceHandle: 'open', target: 'bye' },
    );
    const found = only(validateFlow(input).findings, 'outcome-multiple-edges');
    expect(found).toMatchObject([{ nodeId: 'hours', edgeId: 'open-2' }]);
    expect(found[0]?.message).toContain(
      'outcome "Open" has 3 connections; an outcome leads to one step',
    );
  });

  it('warns about an unconnected outcome and says the call hangs up', () => {
    const input = base();
    input.edges.pop();
    const found = only(validateFlow(input).findings, 'unconnected-outcome');
    expect(found).toMatchObject([{ nodeId: 'hours', severity: 'warning' }]);
    expect(found[0]?.message).toBe(
      'Business hours "Office": outcome "Closed" is not connected, so the call hangs up when it is taken',
    );
    expect(validateFlow(input).ok).toBe(true);
  });
});
