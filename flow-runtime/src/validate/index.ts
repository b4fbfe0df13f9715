export type { ValidationContext } from './context.js';
export { describeNode } from './describe-node.js';
export {
  type IssueField,
  issueFields,
  issueMessage,
  issuePredicate,
  type SchemaIssue,
  valueAt,
} from './issue-message.js';
export { type ValidationResult, validateFlow } from './validate-flow.js';
