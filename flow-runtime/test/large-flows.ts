import type { NodeKind } from '@ringflow/shared';
import { flowInput } from './validate-input.js';

type Spec = Parameters<typeof flowInput>;

/**
 * A raw flow of `size` nodes in one line: the entry, then play-message after
 * play-message. A call through it is as long as a call can be (it fails at
 * MAX_STEPS), so each path costs the most steps.
 *
 * @example
 * validateFlow(chainFlow(2000)).document; // 2,000 nodes, one path
 */
export function chainFlow(size: number) {
  const nodes: Spec[0] = [['start', 'incoming-call']];
  const edges: Spec[1] = [];
  for (let i = 1; i < size; i++) {
    nodes.push([`say-${i}`, 'play-message', { prompt: { type: 'say', text: `Step ${i}` } }]);
    edges.push([nodes[i - 1]?.[0] as string, 'next', `say-${i}`]);
  }
  return { ...flowInput(nodes, edges), name: `Chain of ${size}` };
}

/**
 * A raw flow of `size` nodes: phone menus of `width` keys, breadth first, each
 * key and `no-input` leading to the next menu, the last ones to nothing (the
 * call ends). Its paths grow exponentially with the depth: a 2,000-node,
 * 12-key tree has far more ways through than anyone could read.
 *
 * @example
 * validateFlow(menuTreeFlow(2000, 12)).document;
 */
export function menuTreeFlow(size: number, width: number) {
  const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'].slice(0, width);
  const nodes: Spec[0] = [['start', 'incoming-call']];
  const edges: Spec[1] = [];
  const open: [string, string][] = [['start', 'next']];
  for (let i = 1; i < size; i++) {
    const [source, outcome] = open.shift() ?? ['start', 'next'];
    const id = `menu-${i}`;
    const kind: NodeKind = 'phone-menu';
    nodes.push([id, kind, { options: keys.map((digit) => ({ digit, label: `Option ${digit}` })) }]);
    edges.push([source, outcome, id]);
    for (const key of [...keys, 'no-input']) open.push([id, key]);
  }
  return { ...flowInput(nodes, edges), name: `Menu tree of ${size}` };
}
