import type { Finding } from '@ringflow/flow-runtime';
import type { FlowDocument, NameLookup, NodeKind } from '@ringflow/shared';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Member, NumberRef, ScheduleRecord } from '../api/types.js';
import type { Greeting } from '../greetings/types.js';
import type { CanvasTrace } from '../simulator/trace.js';
import type { OutcomeConnection } from './connection.js';
import type { DesignerEdge, DesignerNode, DocumentMeta, NodeData, SaveState } from './types.js';

export interface DesignerState {
  flowId: string | null;
  meta: DocumentMeta;
  nodes: DesignerNode[];
  edges: DesignerEdge[];
  /** Bumped on every change to the document (never on selection), so saving and checking know to run. */
  revision: number;
  findings: Finding[];
  findingsByNode: Record<string, Finding[]>;
  members: Member[];
  schedules: ScheduleRecord[];
  /** The greetings library, for prompt pickers and the simulator; loaded after the flow. */
  greetings: Greeting[];
  /** Why the greetings could not be loaded, or null. */
  greetingsProblem: string | null;
  names: NameLookup;
  save: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  /** A revision compared with the draft: how each node differs, marked on the canvas. */
  diff: DiffMarks | null;
  /** The number of the revision new calls run, or null before the first publish. */
  publishedNumber: number | null;
  /** The phone numbers whose calls run the published revision; empty when none does. */
  liveOn: NumberRef[];
  /** A simulated call's way through the flow, marked on the canvas while simulating. */
  trace: CanvasTrace | null;
}

export interface DiffMarks {
  revision: number;
  byNode: Record<string, 'added' | 'changed' | 'moved'>;
  /** Ids of nodes the revision has and the draft no longer does. */
  removed: string[];
}

export interface DesignerActions {
  load(
    flowId: string,
    document: FlowDocument,
    members: Member[],
    schedules: ScheduleRecord[],
  ): void;
  onNodesChange(changes: NodeChange<DesignerNode>[]): void;
  onEdgesChange(changes: EdgeChange<DesignerEdge>[]): void;
  connect(connection: OutcomeConnection): void;
  /**
   * Points one outcome at a step (replacing its connection) or, with null,
   * leaves it unconnected; one undo step, nothing when it already is so.
   */
  setOutcomeTarget(source: string, sourceHandle: string, target: string | null): void;
  addNode(kind: NodeKind, position: { x: number; y: number }): string;
  updateData(id: string, patch: NodeData): void;
  setName(name: string): void;
  /** Replaces the whole graph (auto-layout, import, paste) as one undoable step. */
  replaceGraph(nodes: DesignerNode[], edges: DesignerEdge[], meta?: Partial<DocumentMeta>): void;
  select(ids: readonly string[]): void;
  setFindings(findings: Finding[]): void;
  setSave(save: SaveState): void;
  setDiff(diff: DiffMarks | null): void;
  setPublished(number: number | null): void;
  setLiveOn(numbers: NumberRef[]): void;
  setTrace(trace: CanvasTrace | null): void;
  /** The greetings library as loaded (or why it could not be). */
  setGreetings(greetings: Greeting[], problem?: string | null): void;
  undo(): void;
  redo(): void;
}

export type DesignerStore = DesignerState & DesignerActions;

/** The flow at one moment, as undo restores it; arrays are shared, never copied. */
export interface Snapshot {
  meta: DocumentMeta;
  nodes: DesignerNode[];
  edges: DesignerEdge[];
}

export const EMPTY: DesignerState = {
  flowId: null,
  meta: { name: '', description: '' },
  nodes: [],
  edges: [],
  revision: 0,
  findings: [],
  findingsByNode: {},
  members: [],
  schedules: [],
  greetings: [],
  greetingsProblem: null,
  names: {},
  save: { status: 'saved' },
  canUndo: false,
  canRedo: false,
  diff: null,
  publishedNumber: null,
  liveOn: [],
  trace: null,
};
