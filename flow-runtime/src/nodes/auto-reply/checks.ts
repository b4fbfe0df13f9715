import {
  isOverSmsLimit,
  parseTemplate,
  SMS_MAX_CHARS,
  smsLength,
  TEMPLATE_VARIABLES,
  unknownVariables,
} from '@ringflow/shared';
import { describeNode } from '../../validate/describe-node.js';
import type { Finding } from '../../validate/finding.js';
import type { NodeChecks } from '../define.js';
import { type AutoReplyText, autoReplyTexts } from './texts.js';

const KNOWN = TEMPLATE_VARIABLES.map((v) => `{{${v.name}}}`).join(', ');

/**
 * An auto-reply's schedule may be null (always the in-hours text), but an
 * empty one is a choice left unmade, as templates leave it. Its texts go out
 * as SMS: they must say something, stay under the provider's limit, and
 * preferably fit in one segment; template mistakes would otherwise only show
 * when a text is sent, as a literal `{{...}}` or a blank.
 */
export const autoReplyChecks: NodeChecks<'auto-reply'> = (node) => {
  const name = describeNode(node);
  const schedule: Finding[] =
    node.data.scheduleId !== null && !node.data.scheduleId.trim()
      ? [
          {
            code: 'no-schedule',
            severity: 'error',
            nodeId: node.id,
            path: ['scheduleId'],
            message: `${name} has no schedule chosen; pick the opening hours that choose between its texts, or set none to always send the in-hours text`,
          },
        ]
      : [];
  const texts = autoReplyTexts(node.data);
  return [
    ...schedule,
    ...texts.flatMap((text) => smsFindings(node.id, name, text)),
    ...texts.flatMap((text) => templateFindings(node.id, name, text)),
  ];
};

/** Measured as written, with the template's `{{ }}` tags still in it. */
function smsFindings(nodeId: string, name: string, t: AutoReplyText): Finding[] {
  const at = { nodeId, path: [t.field] };
  if (!t.text.trim()) {
    if (t.optional) return [];
    const why = t.field === 'afterHoursText' ? ', and a schedule is set that needs it' : '';
    return [
      {
        code: 'auto-reply-empty-text',
        severity: 'error',
        ...at,
        message: `${name}: the ${t.name} is empty${why}; write the message the caller should get`,
      },
    ];
  }
  if (isOverSmsLimit(t.text)) {
    return [
      {
        code: 'sms-too-long',
        severity: 'error',
        ...at,
        message: `${name}: the ${t.name} has ${[...t.text].length} characters; a text may have at most ${SMS_MAX_CHARS}, so shorten it`,
      },
    ];
  }
  const { encoding, units, segments } = smsLength(t.text);
  if (segments <= 1) return [];
  // Each segment is billed as a text of its own.
  const hint =
    encoding === 'UCS-2'
      ? '; a character outside the GSM-7 alphabet (an emoji, a curly quote) makes every segment shorter'
      : '';
  return [
    {
      code: 'sms-multi-segment',
      severity: 'warning',
      ...at,
      message: `${name}: the ${t.name} is ${segments} SMS segments (${encoding}, ${units} characters), billed as ${segments} texts${hint}`,
    },
  ];
}

function templateFindings(nodeId: string, name: string, t: AutoReplyText): Finding[] {
  const at = { nodeId, path: [t.field] };
  const syntax = parseTemplate(t.text).errors.map(
    (error): Finding => ({
      code: 'template-syntax',
      severity: 'error',
      ...at,
      message: `${name}: the ${t.name} has a template error at character ${error.offset + 1}: ${error.message}`,
    }),
  );
  const unknown = unknownVariables(t.text).map(
    (variable): Finding => ({
      code: 'unknown-template-variable',
      severity: 'error',
      ...at,
      message: `${name}: the ${t.name} uses {{${variable.name}}}, which is not a known variable; use one of ${KNOWN}`,
    }),
  );
  return [...syntax, ...unknown];
}
