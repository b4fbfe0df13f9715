import { describeNode } from '../describe-node.js';
import { describeField } from '../field-names.js';
import type { Finding } from '../finding.js';
import { promptFields } from '../prompt-fields.js';
import type { Rule } from './rule.js';

/** A prompt that says nothing leaves the caller in silence, wondering whether anyone is there. */
export const promptsRule: Rule = (doc) =>
  doc.nodes.flatMap((node) =>
    promptFields(node).flatMap(({ prompt, path }): Finding[] => {
      const field = describeField(path);
      if (prompt.type === 'say' && !prompt.text.trim()) {
        return [
          {
            code: 'empty-prompt',
            severity: 'error',
            nodeId: node.id,
            path: [...path, 'text'],
            message: `${describeNode(node)}: the ${field} has no text to speak; write what the caller should hear`,
          },
        ];
      }
      if (prompt.type === 'audio' && !prompt.greetingId.trim()) {
        return [
          {
            code: 'empty-prompt',
            severity: 'error',
            nodeId: node.id,
            path: [...path, 'greetingId'],
            message: `${describeNode(node)}: no recording is chosen for the ${field}; pick one or switch to text`,
          },
        ];
      }
      return [];
    }),
  );
