export type { ValidationContext } from './context.js';
export { describeNode } from './describe-node.js';
export { issuePredicate, type SchemaIssue } from './issue-message.js';
export { type ValidationResult, validateFlow } from './validate-flow.js';
