import { callRoute } from '@ringflow/flow-runtime';
import type { FlowDocument } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { highlightPath, routeSteps } from './call-path.js';

const edges = [
  { id: 'start-hours', source: 'start', target: 'hours' },
  { id: 'hours-open', source: 'hours', target: 'ring' },
  { id: 'hours-closed', source: 'hours', target: 'menu' },
  { id: 'menu-2', source: 'menu', target: 'our-hours' },
  { id: 'our-hours-menu', source: 'our-hours', target: 'menu' },
  { id: 'menu-1', source: 'menu', target: 'voicemail' },
  { id: 'menu-no-input', source: 'menu', target: 'voicemail' },
];

describe('the path a call took', () => {
  it('highlights the edges between consecutive nodes and nothing else', () => {
    const h = highlightPath(['start', 'hours', 'ring'], edges);
    expect([...h.nodes]).toEqual(['start', 'hours', 'ring']);
    expect([...h.edges]).toEqual(['start-hours', 'hours-open']);
  });

  it('numbers every visit of a node on a loop', () => {
    const h = highlightPath(['start', 'hours', 'menu', 'our-hours', 'menu', 'voicemail'], edges);
    expect(h.steps.get('menu')).toEqual([3, 5]);
    // Key 1 and no input both lead to voicemail: without the events, neither is marked.
    expect([...h.edges]).toEqual(['start-hours', 'hours-closed', 'menu-2', 'our-hours-menu']);
  });

  it('marks a node reached without an edge (an auto-reply on hang-up) but no edge', () => {
    const h = highlightPath(['start', 'hours', 'reply-missed'], edges);
    expect(h.nodes.has('reply-missed')).toBe(true);
    expect([...h.edges]).toEqual(['start-hours']);
  });

  it('is empty for a call that never entered the flow', () => {
    const h = highlightPath([], edges);
    expect(h.nodes.size + h.edges.size).toBe(0);
  });
});

describe("the path drawn from the call's own events", () => {
  // Both of the voicemail's outcomes lead to the same text: only the events tell them apart.
  const flow = {
    schemaVersion: 1,
    name: 'Voicemail to a text',
    nodes: [
      { id: 'in', type: 'incoming-call', position: { x: 0, y: 0 }, data: {} },
      { id: 'vm', type: 'voicemail', position: { x: 200, y: 0 }, data: {} },
      { id: 'sms', type: 'auto-reply', position: { x: 400, y: 0 }, data: { inHoursText: 'Hi' } },
    ],
    edges: [
      { id: 'in-vm', source: 'in', sourceHandle: 'next', target: 'vm' },
      { id: 'left', source: 'vm', sourceHandle: 'recorded', target: 'sms' },
      { id: 'none', source: 'vm', sourceHandle: 'no-message', target: 'sms' },
    ],
  } as unknown as FlowDocument;
  const rows = (seconds: number) => [
    { kind: 'webhook', data: { CallStatus: 'ringing' } },
    { kind: 'event', data: { type: 'START', entered: ['in', 'vm'] } },
    { kind: 'event', data: { type: 'RECORDING_DONE', durationSeconds: seconds, entered: ['sms'] } },
  ];
  const path = ['in', 'vm', 'sms'];

  it('marks "No message" for a call that left none, and "Message left" for one that did', () => {
    const silent = callRoute(flow, routeSteps(rows(0)), null);
    expect([...highlightPath(path, flow.edges, silent).edges]).toEqual(['in-vm', 'none']);
    const left = callRoute(flow, routeSteps(rows(12)), null);
    expect([...highlightPath(path, flow.edges, left).edges]).toEqual(['in-vm', 'left']);
  });

  it('marks neither of two connections between the same steps when nothing tells them apart', () => {
    expect([...highlightPath(path, flow.edges).edges]).toEqual(['in-vm']);
  });

  it('reads the step the call waited in before each event', () => {
    expect(routeSteps(rows(3))).toEqual([
      { event: null, from: null, entered: ['in', 'vm'] },
      { event: { type: 'RECORDING_DONE', durationSeconds: 3 }, from: 'vm', entered: ['sms'] },
    ]);
  });
});
