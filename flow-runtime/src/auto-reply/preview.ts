import {
  type FlowDocument,
  type FlowNodeOf,
  formatOpening,
  hoursOn,
  isOpenAt,
  localDateAndTime,
  renderTemplate,
  type Schedule,
  type SmsLength,
  smsLength,
} from '@ringflow/shared';

export interface AutoReplyFacts {
  /** When the text would be sent: the end of the call. */
  at: Date;
  schedules: Readonly<Record<string, Schedule>>;
  contact: { number: string; name?: string };
  business: { number: string; name: string };
}

/** Which text an auto-reply node would send, and why; the guards are decided elsewhere. */
export interface AutoReplyPreview {
  nodeId: string;
  variant: 'in-hours' | 'after-hours';
  text: string;
  length: SmsLength;
  reason: string;
}

/**
 * The text each fired auto-reply node would send, rendered with the call's
 * facts: the in-hours text while its schedule is open (or when it has no
 * schedule), the after-hours text otherwise.
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
  const open = schedule ? isOpenAt(schedule, facts.at) : true;
  const reason = !scheduleId
    ? 'No schedule: the in-hours text is always used'
    : !schedule
      ? `Schedule ${scheduleId} is unknown: the in-hours text is used`
      : `${schedule.name} is ${open ? 'open' : 'closed'} at the end of the call`;
  const template = open ? node.data.inHoursText : node.data.afterHoursText;
  const text = renderTemplate(template, templateValues(facts, schedule));
  return {
    nodeId: node.id,
    variant: open ? 'in-hours' : 'after-hours',
    text,
    length: smsLength(text),
    reason,
  };
}

/** Values for every template variable, from the call's facts and the schedule's zone. */
export function templateValues(facts: AutoReplyFacts, schedule?: Schedule): Record<string, string> {
  const local = localDateAndTime(schedule?.timeZone ?? 'UTC', facts.at);
  return {
    'contact.name': facts.contact.name ?? '',
    'contact.number': facts.contact.number,
    'business.name': facts.business.name,
    'business.number': facts.business.number,
    'hours.next_open': schedule ? formatOpening(schedule, facts.at) : '',
    'hours.today': schedule ? hoursOn(schedule, facts.at) : '',
    'call.time': local.time,
    'call.date': local.date,
  };
}
