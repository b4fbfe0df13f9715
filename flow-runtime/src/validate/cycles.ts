/**
 * The strongly connected components of a directed graph that contain a cycle
 * (two or more nodes, or one node with an edge to itself), by Tarjan's
 * algorithm. Components come out in no particular order; the caller sorts.
 *
 * @example
 * cyclicComponents(['a', 'b'], (id) => (id === 'a' ? ['b'] : ['a'])) // [['b', 'a']]
 */
export function cyclicComponents(
  ids: Iterable<string>,
  successors: (id: string) => Iterable<string>,
): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];

  // Recursion depth is bounded by the node limit of a flow (2,000).
  const visit = (id: string): void => {
    const order = index.size;
    index.set(id, order);
    low.set(id, order);
    stack.push(id);
    onStack.add(id);
    for (const next of successors(id)) {
      if (!index.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(id) !== index.get(id)) return;
    const component: string[] = [];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      onStack.delete(top);
      component.push(top);
      if (top === id) break;
    }
    const selfLoop = [...successors(id)].includes(id);
    if (component.length > 1 || selfLoop) components.push(component);
  };

  for (const id of ids) if (!index.has(id)) visit(id);
  return components;
}

/** A shortest way round a cycle from `start` back to itself, inside `members`. */
export function cyclePath(
  start: string,
  members: ReadonlySet<string>,
  successors: (id: string) => Iterable<string>,
): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of successors(id)) {
      if (!members.has(next)) continue;
      if (next === start) return [...pathTo(id, previous, start), start];
      if (previous.has(next)) continue;
      previous.set(next, id);
      queue.push(next);
    }
  }
  return [start];
}

function pathTo(id: string, previous: ReadonlyMap<string, string>, start: string): string[] {
  const path = [id];
  for (let at = id; at !== start; ) {
    const before = previous.get(at);
    if (before === undefined) break;
    path.unshift(before);
    at = before;
  }
  return path;
}
