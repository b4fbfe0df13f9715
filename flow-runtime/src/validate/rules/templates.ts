import { parseTemplate, TEMPLATE_VARIABLES, unknownVariables } from '@ringflow/shared';
import { autoReplyTexts } from '../auto-reply-texts.js';
import { describeNode } from '../describe-node.js';
import type { Finding } from '../finding.js';
import type { Rule } from './rule.js';

const KNOWN = TEMPLATE_VARIABLES.map((v) => `{{${v.name}}}`).join(', ');

/**
 * Template mistakes would otherwise only show when a text is sent, as a
 * literal `{{...}}` or a blank in the caller's message.
 */
export const templatesRule: Rule = (doc) =>
  doc.nodes.flatMap((node) => {
    if (node.type !== 'auto-reply') return [];
    const name = describeNode(node);
    return autoReplyTexts(node.data).flatMap(({ field, name: fieldName, text }): Finding[] => {
      const at = { nodeId: node.id, path: [field] };
      const syntax = parseTemplate(text).errors.map(
        (error): Finding => ({
          code: 'template-syntax',
          severity: 'error',
          ...at,
          message: `${name}: the ${fieldName} has a template error at character ${error.offset + 1}: ${error.message}`,
        }),
      );
      const unknown = unknownVariables(text).map(
        (variable): Finding => ({
          code: 'unknown-template-variable',
          severity: 'error',
          ...at,
          message: `${name}: the ${fieldName} uses {{${variable.name}}}, which is not a known variable; use one of ${KNOWN}`,
        }),
      );
      return [...syntax, ...unknown];
    });
  });
