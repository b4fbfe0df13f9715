import { definitionOf, type FlowDocument, type NodeKind } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { stepName, targetChoices } from './outcome-targets.js';
import { createDesignerStore } from './store.js';

/** A step of a kind with its defaults, as the palette adds it. */
const step = (id: string, kind: NodeKind, x: number, label?: string) =>
  ({
    id,
    type: kind,
    position: { x, y: 0 },
    data: { ...(definitionOf(kind).defaults() as object), ...(label ? { label } : {}) },
  }) as FlowDocument['nodes'][number];

const flow: FlowDocument = {
  schemaVersion: 1,
  name: 'Wiring',
  description: '',
  nodes: [
    step('start', 'incoming-call', 0),
    step('ring', 'ring-users', 300, 'Sales'),
    step('vm', 'voicemail', 600),
    step('bye', 'hang-up', 900),
  ],
  edges: [{ id: 'start:next', source: 'start', sourceHandle: 'next', target: 'ring' }],
};

function loaded() {
  const store = createDesignerStore();
  store.getState().load('flow-1', flow, [], []);
  return store;
}
const targetOf = (store: ReturnType<typeof loaded>, source: string, handle: string) =>
  store.getState().edges.filter((e) => e.source === source && e.sourceHandle === handle);

describe('choosing where an outcome goes', () => {
  it('connects an outcome, replaces its connection, and each change is one undo step', () => {
    const store = loaded();
    store.getState().setOutcomeTarget('ring', 'no-answer', 'vm');
    expect(targetOf(store, 'ring', 'no-answer')).toEqual([
      { id: 'ring:no-answer', source: 'ring', sourceHandle: 'no-answer', target: 'vm' },
    ]);
    store.getState().setOutcomeTarget('ring', 'no-answer', 'bye');
    expect(targetOf(store, 'ring', 'no-answer').map((e) => e.target)).toEqual(['bye']);

    store.getState().undo();
    expect(targetOf(store, 'ring', 'no-answer').map((e) => e.target)).toEqual(['vm']);
    store.getState().undo();
    expect(targetOf(store, 'ring', 'no-answer')).toEqual([]);
    expect(store.getState().canUndo).toBe(false);
  });

  it('disconnects with null, leaving the other outcomes as they are', () => {
    const store = loaded();
    store.getState().setOutcomeTarget('start', 'next', null);
    expect(store.getState().edges).toEqual([]);
    store.getState().undo();
    expect(targetOf(store, 'start', 'next').map((e) => e.target)).toEqual(['ring']);
  });

  it('records nothing when the outcome already goes there, and refuses the entry or unknown outcomes', () => {
    const store = loaded();
    const before = store.getState().edges;
    store.getState().setOutcomeTarget('start', 'next', 'ring');
    store.getState().setOutcomeTarget('ring', 'no-answer', null);
    store.getState().setOutcomeTarget('ring', 'no-answer', 'start');
    store.getState().setOutcomeTarget('ring', 'digit-9', 'vm');
    store.getState().setOutcomeTarget('ring', 'no-answer', 'missing');
    expect(store.getState().edges).toBe(before);
    expect(store.getState().canUndo).toBe(false);
  });
});

describe('the steps an outcome can go to', () => {
  it('lists every other step by kind and name, never the entry or the step itself', () => {
    const store = loaded();
    expect(targetChoices(store.getState().nodes, 'ring')).toEqual([
      { id: 'bye', label: 'Hang up' },
      { id: 'vm', label: 'Voicemail' },
    ]);
    expect(targetChoices(store.getState().nodes, 'start').map((c) => c.label)).toEqual([
      'Hang up',
      'Ring users "Sales"',
      'Voicemail',
    ]);
  });

  it('tells apart steps with the same name by their ids', () => {
    const store = loaded();
    const second = store.getState().addNode('voicemail', { x: 900, y: 0 });
    const labels = targetChoices(store.getState().nodes, 'ring').map((c) => c.label);
    expect(labels).toEqual(['Hang up', 'Voicemail (vm)', `Voicemail (${second})`]);
  });

  it('names an unnamed step by its kind and ignores a blank name', () => {
    expect(stepName({ type: 'voicemail', data: { label: '  ' } })).toBe('Voicemail');
    expect(stepName({ type: 'ring-users', data: { label: 'Support' } })).toBe(
      'Ring users "Support"',
    );
  });
});
