import { isOverSmsLimit, SMS_MAX_CHARS, smsLength } from '@ringflow/shared';
import { autoReplyTexts } from '../auto-reply-texts.js';
import { describeNode } from '../describe-node.js';
import type { Finding } from '../finding.js';
import type { Rule } from './rule.js';

/**
 * An auto-reply's texts go out as SMS: they must say something, stay under
 * the provider's limit, and preferably fit in one segment, since each
 * segment is billed as a text of its own. Measured as written, with the
 * template's `{{ }}` tags still in it.
 */
export const autoReplyRule: Rule = (doc) =>
  doc.nodes.flatMap((node) => {
    if (node.type !== 'auto-reply') return [];
    const name = describeNode(node);
    return autoReplyTexts(node.data).flatMap(
      ({ field, name: fieldName, text, optional }): Finding[] => {
        const at = { nodeId: node.id, path: [field] };
        if (!text.trim()) {
          if (optional) return [];
          const why = field === 'afterHoursText' ? ', and a schedule is set that needs it' : '';
          return [
            {
              code: 'auto-reply-empty-text',
              severity: 'error',
              ...at,
              message: `${name}: the ${fieldName} is empty${why}; write the message the caller should get`,
            },
          ];
        }
        if (isOverSmsLimit(text)) {
          return [
            {
              code: 'sms-too-long',
              severity: 'error',
              ...at,
              message: `${name}: the ${fieldName} has ${[...text].length} characters; a text may have at most ${SMS_MAX_CHARS}, so shorten it`,
            },
          ];
        }
        const { encoding, units, segments } = smsLength(text);
        if (segments <= 1) return [];
        const hint =
          encoding === 'UCS-2'
            ? '; a character outside the GSM-7 alphabet (an emoji, a curly quote) makes every segment shorter'
            : '';
        return [
          {
            code: 'sms-multi-segment',
            severity: 'warning',
            ...at,
            message: `${name}: the ${fieldName} is ${segments} SMS segments (${encoding}, ${units} characters), billed as ${segments} texts${hint}`,
          },
        ];
      },
    );
  });
