import { checksOf } from '../../nodes/registry.js';
import type { Rule } from './rule.js';

/** Each node's own settings, checked by its kind (`nodes/<kind>/checks.ts`). */
export const nodeChecksRule: Rule = (doc) =>
  doc.nodes.flatMap((node) => checksOf(node.type)(node as never));
