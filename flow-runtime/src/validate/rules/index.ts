import { autoReplyRule } from './auto-reply.js';
import { businessHoursRule } from './business-hours.js';
import { dialRule } from './dial.js';
import { edgesRule } from './edges.js';
import { entryRule } from './entry.js';
import { idsRule } from './ids.js';
import { loopsRule } from './loops.js';
import { menuRule } from './menu.js';
import { outcomesRule } from './outcomes.js';
import { promptsRule } from './prompts.js';
import { reachabilityRule } from './reachability.js';
import { referencesRule } from './references.js';
import type { Rule } from './rule.js';
import { speechRule } from './speech.js';
import { templatesRule } from './templates.js';
import { voicemailRule } from './voicemail.js';

/** The semantic lint, one rule per concern; a new concern is a new file and a line here. */
export const RULES: readonly Rule[] = [
  entryRule,
  idsRule,
  edgesRule,
  outcomesRule,
  reachabilityRule,
  loopsRule,
  menuRule,
  voicemailRule,
  dialRule,
  businessHoursRule,
  promptsRule,
  speechRule,
  referencesRule,
  autoReplyRule,
  templatesRule,
];
