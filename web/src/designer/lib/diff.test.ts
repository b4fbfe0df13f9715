import type { FlowDocument } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { diffDocuments, diffSummary, type FlowDiff } from './diff.js';
import { sampleFlow, testEdge, testNode } from './test-flow.js';

const none: FlowDiff = {
  added: [],
  removed: [],
  changed: [],
  moved: [],
  edgesAdded: [],
  edgesRemoved: [],
};

function edit(change: (doc: FlowDocument) => void): FlowDocument {
  const doc = sampleFlow();
  change(doc);
  return doc;
}

const cases: [string, FlowDocument, Partial<FlowDiff>][] = [
  ['nothing', sampleFlow(), {}],
  [
    'a node added with its edge',
    edit((d) => {
      d.nodes.push(testNode('hang-up', 'bye2'));
      d.edges.push(testEdge('vm', 'no-message', 'bye2'));
    }),
    { added: ['bye2'], changed: ['vm'], edgesAdded: ['vm>no-message>bye2'] },
  ],
  [
    'a node removed with its edges',
    edit((d) => {
      d.nodes = d.nodes.filter((n) => n.id !== 'bye');
      d.edges = d.edges.filter((e) => e.target !== 'bye');
    }),
    {
      removed: ['bye'],
      changed: ['ring', 'vm'],
      edgesRemoved: ['ring>answered>bye', 'vm>recorded>bye'],
    },
  ],
  [
    'data changed',
    edit((d) => {
      const ring = d.nodes[1];
      if (ring?.type === 'ring-users') ring.data = { ...ring.data, ringSeconds: 20 };
    }),
    { changed: ['ring'] },
  ],
  [
    'only moved',
    edit((d) => {
      d.nodes[2] = { ...(d.nodes[2] as FlowDocument['nodes'][number]), position: { x: 1, y: 2 } };
    }),
    { moved: ['vm'] },
  ],
  [
    'an outcome reconnected',
    edit((d) => {
      d.edges[3] = testEdge('vm', 'recorded', 'ring');
    }),
    { changed: ['vm'], edgesAdded: ['vm>recorded>ring'], edgesRemoved: ['vm>recorded>bye'] },
  ],
  [
    'same connection under a new id',
    edit((d) => {
      d.edges[0] = { ...(d.edges[0] as FlowDocument['edges'][number]), id: 'renamed' };
    }),
    {},
  ],
  [
    'same data in another key order',
    edit((d) => {
      const vm = d.nodes[2];
      if (vm?.type === 'voicemail') {
        const { transcribe, ...rest } = vm.data;
        vm.data = { transcribe, ...rest };
      }
    }),
    {},
  ],
];

describe('diffDocuments', () => {
  it.each(cases)('%s', (_name, after, expected) => {
    expect(diffDocuments(sampleFlow(), after)).toEqual({ ...none, ...expected });
  });

  it('counts a node that changed and moved as changed only', () => {
    const after = edit((d) => {
      const ring = d.nodes[1];
      if (ring?.type === 'ring-users') {
        d.nodes[1] = { ...ring, position: { x: 5, y: 5 }, data: { ...ring.data, ringSeconds: 40 } };
      }
    });
    expect(diffDocuments(sampleFlow(), after)).toEqual({ ...none, changed: ['ring'] });
  });
});

describe('diffSummary', () => {
  it.each([
    [
      { ...none, added: ['a', 'b'], removed: ['c'], changed: ['d', 'e', 'f'] },
      '2 added · 1 removed · 3 changed',
    ],
    [{ ...none, moved: ['a'] }, '1 moved'],
    [{ ...none, edgesAdded: ['x'] }, '1 connection changed'],
    [none, 'No differences'],
  ])('%o -> %s', (diff, line) => {
    expect(diffSummary(diff)).toBe(line);
  });
});
