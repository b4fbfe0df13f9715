import type { FlowDocument } from '@ringflow/shared';
import type { FlowGraph } from '../../graph.js';
import type { RuleContext } from '../context.js';
import type { Finding } from '../finding.js';

/** One concern of the semantic lint, run on a document that parsed. */
export type Rule = (doc: FlowDocument, graph: FlowGraph, context: RuleContext) => Finding[];
