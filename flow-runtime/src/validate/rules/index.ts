import { edgesRule } from './edges.js';
import { entryRule } from './entry.js';
import { idsRule } from './ids.js';
import { loopsRule } from './loops.js';
import { nodeChecksRule } from './node-checks.js';
import { outcomesRule } from './outcomes.js';
import { promptsRule } from './prompts.js';
import { reachabilityRule } from './reachability.js';
import { referencesRule } from './references.js';
import type { Rule } from './rule.js';
import { speechRule } from './speech.js';

/**
 * The semantic lint, one rule per concern that spans kinds; a new concern is a
 * new file and a line here. A kind's checks of its own settings live in its
 * folder (`nodes/<kind>/checks.ts`) and run through `nodeChecksRule`.
 */
export const RULES: readonly Rule[] = [
  entryRule,
  idsRule,
  edgesRule,
  outcomesRule,
  reachabilityRule,
  loopsRule,
  nodeChecksRule,
  promptsRule,
  speechRule,
  referencesRule,
];
