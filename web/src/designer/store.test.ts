import type { FlowDocument } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { toDocument } from './document.js';
import { createDesignerStore } from './store.js';

const AT = '2026-11-23T15:00:00Z';

const flow: FlowDocument = {
  schemaVersion: 1,
  name: 'Test',
  description: '',
  nodes: [
    { id: 'start', type: 'incoming-call', position: { x: 0, y: 0 }, data: {} },
    {
      id: 'menu',
      type: 'phone-menu',
      position: { x: 300, y: 0 },
      data: {
        prompt: { type: 'say', text: 'Hi', language: 'en-US' },
        options: [
          { digit: '1', label: 'Sales' },
          { digit: '2', label: 'Support' },
        ],
        timeoutSeconds: 5,
        attempts: 3,
        retryText: 'Sorry',
      },
    },
  ],
  edges: [{ id: 'start:next', source: 'start', sourceHandle: 'next', target: 'menu' }],
};

function loaded() {
  const store = createDesignerStore();
  store
    .getState()
    .load(
      'flow-1',
      flow,
      [{ id: 'alice', name: 'Alice', addresses: [], dndUntil: null, createdAt: AT, updatedAt: AT }],
      [],
    );
  return store;
}

describe('the designer store', () => {
  it('loads a document and gives it back unchanged', () => {
    const s = loaded().getState();
    expect(toDocument(s.meta, s.nodes, s.edges)).toEqual(flow);
    expect(s.nodes.find((n) => n.id === 'start')?.deletable).toBe(false);
  });

  it('adds a node with the kind defaults, a fresh id, selected alone', () => {
    const store = loaded();
    const first = store.getState().addNode('voicemail', { x: 600, y: 0 });
    const second = store.getState().addNode('voicemail', { x: 600, y: 200 });
    expect([first, second]).toEqual(['voicemail-1', 'voicemail-2']);
    const nodes = store.getState().nodes;
    expect(nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['voicemail-2']);
    expect(nodes.at(-1)?.data).toMatchObject({ maxLengthSeconds: 120, transcribe: true });
    expect(store.getState().revision).toBe(2);
  });

  it('connects an outcome once: a second connection replaces the first', () => {
    const store = loaded();
    const vm = store.getState().addNode('voicemail', { x: 600, y: 0 });
    const hang = store.getState().addNode('hang-up', { x: 600, y: 200 });
    store.getState().connect({ source: 'menu', sourceHandle: '1', target: vm });
    store.getState().connect({ source: 'menu', sourceHandle: '1', target: hang });
    const fromOne = store
      .getState()
      .edges.filter((e) => e.source === 'menu' && e.sourceHandle === '1');
    expect(fromOne.map((e) => e.target)).toEqual([hang]);
  });

  it('refuses an edge into the entry, even from an outcome the menu has', () => {
    const store = loaded();
    const vm = store.getState().addNode('voicemail', { x: 600, y: 0 });
    const before = store.getState().edges;
    // "1" is one of the menu's outcomes, so only the target can be the reason to refuse.
    store.getState().connect({ source: 'menu', sourceHandle: '1', target: 'start' });
    expect(store.getState().edges).toBe(before);
    // The same outcome into any other step is taken.
    store.getState().connect({ source: 'menu', sourceHandle: '1', target: vm });
    expect(store.getState().edges).toContainEqual(
      expect.objectContaining({ source: 'menu', sourceHandle: '1', target: vm }),
    );
  });

  it('refuses an edge from an outcome the node does not have', () => {
    const store = loaded();
    const vm = store.getState().addNode('voicemail', { x: 600, y: 0 });
    const before = store.getState().edges;
    store.getState().connect({ source: 'menu', sourceHandle: '9', target: vm });
    expect(store.getState().edges).toBe(before);
  });

  it('keeps invalid input as typed and drops edges of outcomes that are gone', () => {
    const store = loaded();
    const vm = store.getState().addNode('voicemail', { x: 600, y: 0 });
    store.getState().connect({ source: 'menu', sourceHandle: '2', target: vm });
    store
      .getState()
      .updateData('menu', { timeoutSeconds: 'abc', options: [{ digit: '1', label: 'Sales' }] });
    const menu = store.getState().nodes.find((n) => n.id === 'menu');
    expect(menu?.data.timeoutSeconds).toBe('abc');
    expect(store.getState().edges.some((e) => e.sourceHandle === '2')).toBe(false);
  });

  it('undoes and redoes; typing in one field is one step', () => {
    const store = loaded();
    store.getState().addNode('hang-up', { x: 0, y: 300 });
    store.getState().updateData('menu', { retryText: 'S' });
    store.getState().updateData('menu', { retryText: 'So' });
    store.getState().updateData('menu', { retryText: 'Sor' });
    store.getState().undo();
    expect(store.getState().nodes.find((n) => n.id === 'menu')?.data.retryText).toBe('Sorry');
    expect(store.getState().nodes).toHaveLength(3);
    store.getState().undo();
    expect(store.getState().nodes).toHaveLength(2);
    expect(store.getState().canUndo).toBe(false);
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().nodes.find((n) => n.id === 'menu')?.data.retryText).toBe('Sor');
  });

  it('does not count selection as a change to save', () => {
    const store = loaded();
    const { revision } = store.getState();
    store.getState().select(['menu']);
    store.getState().onNodesChange([{ type: 'select', id: 'start', selected: true }]);
    expect(store.getState().revision).toBe(revision);
    expect(store.getState().nodes.filter((n) => n.selected)).toHaveLength(2);
  });

  it('tells subscribers once per frame of a drag, and records the drag when it ends', () => {
    const store = loaded();
    let calls = 0;
    store.subscribe(() => calls++);
    const move = (x: number, dragging: boolean) =>
      store
        .getState()
        .onNodesChange([{ type: 'position', id: 'menu', position: { x, y: 0 }, dragging }]);
    move(310, true);
    store.getState().setSave({ status: 'pending' });
    move(320, true);
    store.getState().setSave({ status: 'pending' });
    expect(calls).toBe(3);
    expect(store.getState().canUndo).toBe(false);
    move(330, false);
    expect(store.getState().canUndo).toBe(true);
    store.getState().undo();
    expect(store.getState().nodes.find((n) => n.id === 'menu')?.position).toEqual({ x: 300, y: 0 });
  });

  it('indexes findings by node', () => {
    const store = loaded();
    store.getState().setFindings([
      { code: 'a', severity: 'error', message: 'A', nodeId: 'menu' },
      { code: 'b', severity: 'warning', message: 'B' },
    ]);
    expect(store.getState().findingsByNode.menu?.map((f) => f.code)).toEqual(['a']);
  });
});

describe('the greetings library in the designer', () => {
  const greeting = {
    id: 'gr_1',
    name: 'Welcome',
    source: 'upload' as const,
    contentType: 'audio/wav',
    durationSeconds: 12,
    bytes: 1000,
    version: 1,
    text: null,
    voice: null,
    language: null,
    synthesis: null,
    audioUrl: '/api/greetings/gr_1/audio?v=1',
    usedBy: [],
    createdAt: '2026-11-30T10:00:00Z',
    updatedAt: '2026-11-30T10:00:00Z',
  };

  it('names greetings for summaries once loaded, keeping members and schedules', () => {
    const store = createDesignerStore();
    store
      .getState()
      .load(
        'flow_1',
        flow,
        [{ id: 'u1', name: 'Alice', addresses: [], dndUntil: null, createdAt: AT, updatedAt: AT }],
        [],
      );
    store.getState().setGreetings([greeting]);
    expect(store.getState().names.greeting?.('gr_1')).toBe('Welcome');
    expect(store.getState().names.member?.('u1')).toBe('Alice');
    expect(store.getState().greetingsProblem).toBeNull();
  });

  it('keeps the list it had and says why when the library cannot be loaded', () => {
    const store = createDesignerStore();
    store.getState().setGreetings([greeting]);
    store.getState().setGreetings(store.getState().greetings, 'The greetings could not be loaded');
    expect(store.getState().greetings).toHaveLength(1);
    expect(store.getState().greetingsProblem).toBe('The greetings could not be loaded');
  });
});
