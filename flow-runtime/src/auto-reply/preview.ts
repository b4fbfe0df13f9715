import {
  type AutoReplyVariant,
  chooseVariant,
  describeScheduleAt,
  type FlowDocument,
  type FlowNodeOf,
  renderTemplate,
  type Schedule,
  type SmsLength,
  smsLength,
} from '@ringflow/shared';
import { nodeTexts } from './candidates.js';
import { type TemplateFacts, templateValues } from './template-values.js';

export interface AutoReplyFacts extends TemplateFacts {
  /** When the text would be sent: the end of the call. */
  at: Date;
  schedules: Readonly<Record<string, Schedule>>;
}

/** Which text an auto-reply node would send, and why; the guards are decided elsewhere. */
export interface AutoReplyPreview {
  nodeId: string;
  variant: AutoReplyVariant;
  text: string;
  length: SmsLength;
  reason: string;
}

/**
 * The text each fired auto-reply node would send, rendered with the call's
 * facts: the in-hours text while its schedule is open (or when it has no
 * schedule); while closed, the holiday or weekend text when one applies and
 * is set, the after-hours text otherwise.
 *
 * @example
 * previewAutoReplies(flow, view.result.autoReplies, { at, schedules, contact, business })
 * // [{ nodeId: 'ar', variant: 'after-hours', text: 'Thanks for calling Acme...', ... }]
 */
export function previewAutoReplies(
  flow: FlowDocument,
  nodeIds: readonly string[],
  facts: AutoReplyFacts,
): AutoReplyPreview[] {
  return nodeIds.flatMap((id) => {
    const node = flow.nodes.find(
      (n): n is FlowNodeOf<'auto-reply'> => n.id === id && n.type === 'auto-reply',
    );
    return node ? [preview(node, facts)] : [];
  });
}

function preview(node: FlowNodeOf<'auto-reply'>, facts: AutoReplyFacts): AutoReplyPreview {
  const { scheduleId } = node.data;
  const schedule = scheduleId ? facts.schedules[scheduleId] : undefined;
  const choice = chooseVariant(nodeTexts(node.data), schedule, facts.at);
  // The variant is shown next to the reason, so the reason says only what the schedule says.
  const reason = !scheduleId
    ? 'No schedule: the in-hours text is always used'
    : !schedule
      ? `Schedule ${scheduleId} is unknown: the in-hours text is used`
      : `${describeScheduleAt(schedule, facts.at)} at the end of the call`;
  const text = renderTemplate(choice.template ?? '', templateValues(facts, schedule));
  return { nodeId: node.id, variant: choice.variant, text, length: smsLength(text), reason };
}
