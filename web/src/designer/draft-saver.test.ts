import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftSaver } from './draft-saver.js';
import type { SaveState } from './types.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(save: (doc: number) => Promise<void>) {
  let doc = 0;
  const states: SaveState['status'][] = [];
  const saver = new DraftSaver<number>({
    save,
    current: () => (doc < 0 ? { blocked: 'bad field' } : { document: doc }),
    onState: (s) => states.push(s.status),
  });
  return { saver, states, set: (n: number) => (doc = n) };
}

describe('DraftSaver', () => {
  it('saves once, 800 ms after the last of several changes', async () => {
    const save = vi.fn(async () => {});
    const { saver, set, states } = setup(save);
    set(1);
    saver.changed();
    await vi.advanceTimersByTimeAsync(500);
    set(2);
    saver.changed();
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledExactlyOnceWith(2);
    expect(states.at(-1)).toBe('saved');
  });

  it('never has two saves in flight; a change made meanwhile is saved after', async () => {
    let finish: () => void = () => {};
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { saver, set } = setup(save);
    set(1);
    saver.changed();
    await vi.advanceTimersByTimeAsync(800);
    set(2);
    saver.changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenLastCalledWith(2);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.unsaved).toBe(false);
  });

  it('reports a failure with retry, and a document it cannot send without', async () => {
    const save = vi.fn(async () => {
      throw new Error('offline');
    });
    const { saver, set, states } = setup(save);
    set(1);
    saver.changed();
    await vi.advanceTimersByTimeAsync(800);
    expect(states.at(-1)).toBe('error');
    expect(saver.unsaved).toBe(true);
    set(-1);
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });
});
