import type { Finding } from '@ringflow/flow-runtime';
import { definitionOf, isEntryKind } from '@ringflow/shared';
import { applyEdgeChanges, applyNodeChanges } from '@xyflow/react';
import { createStore } from 'zustand/vanilla';
import { canConnect, connectOutcome, pruneEdges } from './connection.js';
import { fromDocument } from './document.js';
import { freshIds } from './lib/fresh-ids.js';
import { createHistory } from './lib/history.js';
import { namesFrom } from './names.js';
import { type DesignerState, type DesignerStore, EMPTY, type Snapshot } from './store-state.js';
import type { DesignerNode, NodeData } from './types.js';

/**
 * The designer's state: the flow in React Flow's shape plus what the panels
 * need. Components read it through selectors so that only the parts that
 * changed re-render; a plain store, so the reducers are tested without React.
 *
 * @example
 * const store = createDesignerStore();
 * store.getState().addNode('voicemail', { x: 300, y: 0 }); // 'voicemail-1'
 */
export function createDesignerStore() {
  const history = createHistory<Snapshot>({ meta: EMPTY.meta, nodes: [], edges: [] });
  return createStore<DesignerStore>()((set, get) => {
    /**
     * Applies a change to the document and marks it for saving and checking.
     * `record` makes it an undo step; `key` merges a burst of the same edit
     * (typing in one field) into one step.
     */
    const change = (next: Partial<DesignerState>, record: boolean | { key: string } = true) => {
      const s = get();
      if (record) {
        const { meta = s.meta, nodes = s.nodes, edges = s.edges } = next;
        const key = typeof record === 'object' ? record.key : undefined;
        history.push({ meta, nodes, edges }, key ? { key, at: performance.now() } : {});
      }
      // One `set`: every subscriber (500 nodes' selectors) runs once per frame of a drag, not twice.
      set({
        ...next,
        revision: s.revision + 1,
        canUndo: history.canUndo,
        canRedo: history.canRedo,
      });
    };
    const restore = (to: Snapshot | undefined) => {
      if (!to) return;
      set((s) => ({
        ...to,
        revision: s.revision + 1,
        canUndo: history.canUndo,
        canRedo: history.canRedo,
      }));
    };

    return {
      ...EMPTY,
      load(flowId, document, members, schedules) {
        const { meta, nodes, edges } = fromDocument(document);
        history.reset({ meta, nodes, edges });
        set({
          ...EMPTY,
          flowId,
          meta,
          nodes,
          edges,
          members,
          schedules,
          names: namesFrom(members, schedules),
        });
      },
      onNodesChange(changes) {
        const nodes = applyNodeChanges(changes, get().nodes);
        const touchesDocument = changes.some((c) => c.type !== 'select' && c.type !== 'dimensions');
        if (!touchesDocument) return set({ nodes });
        // A drag is one undo step, recorded when it ends; a delete of nodes and their edges is one too.
        const dragging = changes.some((c) => c.type === 'position' && c.dragging);
        const removing = changes.some((c) => c.type === 'remove');
        change({ nodes }, dragging ? false : removing ? { key: 'delete' } : true);
      },
      onEdgesChange(changes) {
        const edges = applyEdgeChanges(changes, get().edges);
        if (changes.every((c) => c.type === 'select')) return set({ edges });
        change({ edges }, { key: 'delete' });
      },
      connect(connection) {
        const { nodes, edges } = get();
        if (!canConnect(connection, nodes)) return;
        change({ edges: connectOutcome(edges, connection) });
      },
      setOutcomeTarget(source, sourceHandle, target) {
        const { nodes, edges } = get();
        const current = edges.find((e) => e.source === source && e.sourceHandle === sourceHandle);
        if ((current?.target ?? null) === target) return;
        if (target === null) {
          change({ edges: edges.filter((e) => e !== current) });
          return;
        }
        const connection = { source, sourceHandle, target };
        if (!canConnect(connection, nodes)) return;
        change({ edges: connectOutcome(edges, connection) });
      },
      addNode(kind, position) {
        const { nodes } = get();
        const id = freshIds(nodes.map((n) => n.id))(kind);
        const node: DesignerNode = {
          id,
          type: kind,
          position,
          data: definitionOf(kind).defaults() as NodeData,
          selected: true,
          ...(isEntryKind(kind) ? { deletable: false } : {}),
        };
        change({
          nodes: [...nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node],
        });
        return id;
      },
      updateData(id, patch) {
        let updated: DesignerNode | undefined;
        const nodes = get().nodes.map((n) => {
          if (n.id !== id) return n;
          updated = { ...n, data: { ...n.data, ...patch } };
          return updated;
        });
        if (!updated) return;
        change(
          { nodes, edges: pruneEdges(get().edges, updated) },
          { key: `data:${id}:${Object.keys(patch).join(',')}` },
        );
      },
      setName(name) {
        change({ meta: { ...get().meta, name } }, { key: 'name' });
      },
      replaceGraph(nodes, edges, meta) {
        change({ nodes, edges, meta: { ...get().meta, ...meta } });
      },
      select(ids) {
        const wanted = new Set(ids);
        set((s) => ({
          nodes: s.nodes.map((n) =>
            Boolean(n.selected) === wanted.has(n.id) ? n : { ...n, selected: wanted.has(n.id) },
          ),
          edges: s.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
        }));
      },
      setFindings(findings) {
        const findingsByNode: Record<string, Finding[]> = {};
        for (const f of findings) {
          if (f.nodeId) findingsByNode[f.nodeId] = [...(findingsByNode[f.nodeId] ?? []), f];
        }
        set({ findings, findingsByNode });
      },
      setSave(save) {
        // The saver says 'pending' on every change, so on every frame of a drag: only news is set.
        if (save.status !== 'error' && save.status === get().save.status) return;
        set({ save });
      },
      setDiff(diff) {
        set({ diff });
      },
      setPublished(publishedNumber) {
        set({ publishedNumber });
      },
      setLiveOn(liveOn) {
        set({ liveOn });
      },
      setTrace(trace) {
        set({ trace });
      },
      setGreetings(greetings, problem = null) {
        const { members, schedules } = get();
        set({
          greetings,
          greetingsProblem: problem,
          names: namesFrom(members, schedules, greetings),
        });
      },
      undo() {
        restore(history.undo());
      },
      redo() {
        restore(history.redo());
      },
    };
  });
}

/** The one designer on the page. */
export const designerStore = createDesignerStore();
