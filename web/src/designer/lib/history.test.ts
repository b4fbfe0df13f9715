import { describe, expect, it } from 'vitest';
import { createHistory } from './history.js';

describe('createHistory', () => {
  it('undoes and redoes pushed snapshots in order', () => {
    const h = createHistory('a');
    expect(h.canUndo).toBe(false);
    h.push('b');
    h.push('c');
    expect(h.undo()).toBe('b');
    expect(h.undo()).toBe('a');
    expect(h.undo()).toBeUndefined();
    expect(h.canRedo).toBe(true);
    expect(h.redo()).toBe('b');
    expect(h.present).toBe('b');
  });

  it('drops the redo steps when something new is pushed', () => {
    const h = createHistory('a');
    h.push('b');
    h.undo();
    h.push('c');
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toBeUndefined();
    expect(h.undo()).toBe('a');
  });

  it('keeps at most `limit` undo steps', () => {
    const h = createHistory(0, { limit: 3 });
    for (let i = 1; i <= 10; i += 1) h.push(i);
    const undone: number[] = [];
    while (h.canUndo) undone.push(h.undo() as number);
    expect(undone).toEqual([9, 8, 7]);
  });

  it('ignores a push of the snapshot already shown', () => {
    const h = createHistory('a');
    h.push('a');
    expect(h.canUndo).toBe(false);
  });

  it('merges a typing burst on one field into one step', () => {
    const h = createHistory('');
    const key = 'node:ring:label';
    h.push('S', { key, at: 0 });
    h.push('Sa', { key, at: 300 });
    h.push('Sal', { key, at: 1100 }); // within 1 s of the previous keystroke
    expect(h.present).toBe('Sal');
    expect(h.undo()).toBe('');
    expect(h.canUndo).toBe(false);
    expect(h.redo()).toBe('Sal');
  });

  it('starts a new step after a pause, another field, or an undo', () => {
    const h = createHistory('');
    h.push('S', { key: 'label', at: 0 });
    h.push('Sa', { key: 'label', at: 1500 }); // paused
    h.push('Sa5', { key: 'seconds', at: 1600 }); // another field
    h.push('Sa5x', { key: 'seconds', at: 1700 }); // merged
    expect(h.undo()).toBe('Sa');
    h.push('Sa6', { key: 'seconds', at: 1800 }); // after an undo: never merged into the undone step
    expect(h.undo()).toBe('Sa');
    expect(h.undo()).toBe('S');
    expect(h.undo()).toBe('');
  });

  it('never merges pushes without a key', () => {
    const h = createHistory(0);
    h.push(1, { at: 0 });
    h.push(2, { at: 1 });
    expect(h.undo()).toBe(1);
  });

  it('reset forgets every step', () => {
    const h = createHistory('a');
    h.push('b');
    h.reset('z');
    expect(h.present).toBe('z');
    expect(h.canUndo).toBe(false);
    expect(h.canRedo).toBe(false);
  });
});
