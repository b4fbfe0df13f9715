import {
  type CallPath,
  compileFlow,
  enumeratePaths,
  startCall,
  stepCall,
  validateFlow,
} from '@ringflow/flow-runtime';
import { type FlowDocument, ScheduleSchema } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { demoFlow, fixtureFlows, fixtureSchedules } from './load-fixtures.js';

const schedules = Object.fromEntries(fixtureSchedules.map((s) => [s.id, ScheduleSchema.parse(s)]));
const call = { from: '+14155550123', to: '+14155550100' };
/** Instants that put the fixture schedules in each of their states. */
const INSTANTS = {
  'weekday morning (New York)': '2026-11-23T15:00:00Z',
  'Saturday night (New York)': '2026-11-29T03:00:00Z',
  'Christmas Day': '2026-12-25T15:00:00Z',
  'weekday lunch (Paris)': '2026-11-23T12:30:00Z',
};

/** What the path's events say the outcome must be, worked out without the machine. */
function expectedOutcome(path: CallPath): string {
  if (path.events.some((e) => e.type === 'DIAL_RESULT' && e.status === 'answered'))
    return 'answered';
  if (path.events.some((e) => e.type === 'RECORDING_DONE' && e.durationSeconds >= 1))
    return 'voicemail';
  return 'missed';
}

const flows = [...fixtureFlows('good'), demoFlow()];

describe.each(flows)('every path through $name', ({ document }) => {
  const flow = validateFlow(document).document as FlowDocument;
  const machine = compileFlow(flow);
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const edge = (from: string, to: string) =>
    flow.edges.some((e) => e.source === from && e.target === to);
  const paths = Object.values(INSTANTS).flatMap((at) =>
    enumeratePaths(machine, { call, at, schedules }).map((p) => ({ ...p, at })),
  );

  it('follows the edges of the flow from the entry to a proper end', () => {
    expect(paths.length).toBeGreaterThan(0);
    for (const { result } of paths) {
      expect(byId.get(result.path[0] ?? '')?.type).toBe('incoming-call');
      for (let i = 1; i < result.path.length; i++) {
        expect(
          edge(result.path[i - 1] as string, result.path[i] as string),
          result.path.join(' > '),
        ).toBe(true);
      }
      const last = byId.get(result.endedAt ?? '');
      expect(last, 'the call ends on a node').toBeDefined();
      if (last && last.type !== 'hang-up' && last.type !== 'auto-reply') {
        // Otherwise it ended by an outcome that has no edge: the implicit hang-up.
        const connected = new Set(
          flow.edges.filter((e) => e.source === last.id).map((e) => e.sourceHandle),
        );
        expect(connected.size, `${last.id} has an unconnected outcome`).toBeLessThan(
          machineOutcomes(last.type, last.data as never),
        );
      }
    }
  });

  it('ends each path with the outcome its events imply and the auto-reply it reached', () => {
    for (const path of paths) {
      expect(path.result.outcome, path.result.path.join(' > ')).toBe(expectedOutcome(path));
      const last = byId.get(path.result.endedAt ?? '');
      expect(path.result.autoReplies).toEqual(last?.type === 'auto-reply' ? [last.id] : []);
      expect(path.result.reason).toBeNull();
    }
  });

  it('replays each path identically from stored snapshots', () => {
    for (const path of paths) {
      let view = startCall(machine, { call, at: path.at, schedules });
      for (const event of path.events)
        view = stepCall(machine, JSON.parse(JSON.stringify(view.snapshot)), event);
      expect(view.result).toEqual(path.result);
    }
  });

  it('reaches every node that the entry can reach', () => {
    const visited = new Set(paths.flatMap((p) => p.result.path));
    const reachable = new Set<string>();
    const stack = flow.nodes.filter((n) => n.type === 'incoming-call').map((n) => n.id);
    while (stack.length) {
      const id = stack.pop() as string;
      if (reachable.has(id)) continue;
      reachable.add(id);
      for (const e of flow.edges) if (e.source === id) stack.push(e.target);
    }
    expect([...visited].sort()).toEqual([...reachable].sort());
  });

  it('ends calls the caller hangs up on as abandoned, firing the hang-up auto-replies', () => {
    const hangUpReplies = flow.nodes
      .filter((n) => n.type === 'auto-reply' && n.data.onCallerHangUp)
      .map((n) => n.id);
    const withHangUps = enumeratePaths(
      machine,
      { call, at: INSTANTS['weekday morning (New York)'], schedules },
      { hangUps: true },
    );
    const abandoned = withHangUps.filter((p) => p.result.outcome === 'abandoned');
    expect(abandoned.length).toBeGreaterThan(0);
    for (const p of abandoned) expect(p.result.autoReplies).toEqual(hangUpReplies);
  });
});

import { definitionOf, type NodeKind } from '@ringflow/shared';

function machineOutcomes(kind: NodeKind, data: never): number {
  return definitionOf(kind).outcomes(data).length;
}
