/**
 * @module
 * Auto-replies to start from: the situations users ask for first, written
 * to fit one or two SMS segments once the variables are filled in.
 */
import {
  type AutoReplyRule,
  AutoReplyRuleSchema,
  type AutoReplyTexts,
  type AutoReplyTrigger,
} from './settings.js';

export interface AutoReplyTemplate {
  readonly id: string;
  /** Becomes the rule's name. */
  readonly name: string;
  /** When to pick it, for the catalogue page; never sent. */
  readonly description: string;
  readonly trigger: AutoReplyTrigger;
  readonly texts: Readonly<AutoReplyTexts>;
}

/**
 * The catalogue, in the order it is shown.
 *
 * @example
 * AUTO_REPLY_TEMPLATES.map((t) => t.name); // ['Missed call', 'Voicemail received', ...]
 */
export const AUTO_REPLY_TEMPLATES = [
  {
    id: 'missed-call',
    name: 'Missed call',
    description: 'Text callers nobody answered: a call back soon in hours, the next opening after.',
    trigger: 'missed-call',
    texts: {
      inHours:
        'Hi {{contact.name | "there"}}, sorry we missed your call at {{business.name}}. We will call you back shortly.',
      afterHours:
        'Thanks for calling {{business.name}}. We are closed now and open again {{hours.next_open}}; we will call you back then.',
      weekend: null,
      holiday: null,
    },
  },
  {
    id: 'voicemail',
    name: 'Voicemail received',
    description: 'Tell callers who left a message that it arrived and when to expect an answer.',
    trigger: 'voicemail',
    texts: {
      inHours:
        'Thanks for your voicemail, {{contact.name | "there"}}. {{business.name}} will get back to you shortly.',
      afterHours:
        'Thanks for your voicemail. {{business.name}} is closed now; we will get back to you when we open {{hours.next_open}}.',
      weekend: null,
      holiday: null,
    },
  },
  {
    id: 'after-hours',
    name: 'After hours',
    description: 'Answer texts that arrive while you are closed; nothing is sent in hours.',
    trigger: 'incoming-text',
    texts: {
      inHours: null,
      afterHours:
        'Thanks for your message to {{business.name}}. We are closed now and will reply when we open {{hours.next_open}}.',
      weekend: null,
      holiday: null,
    },
  },
  {
    id: 'weekend',
    name: 'Weekend',
    description: 'Answer texts on Saturday and Sunday only, while you are closed.',
    trigger: 'incoming-text',
    texts: {
      inHours: null,
      afterHours: null,
      weekend:
        'Thanks for your message to {{business.name}}. We are away for the weekend and will read your message on Monday.',
      holiday: null,
    },
  },
  {
    id: 'holiday',
    name: 'Holiday closure',
    description: "Tell callers on a closure day (your schedule's holidays) when you are back.",
    trigger: 'missed-call',
    texts: {
      inHours: null,
      afterHours: null,
      weekend: null,
      holiday:
        'Thanks for calling {{business.name}}. We are closed for the holiday and back {{hours.next_open}}.',
    },
  },
  {
    id: 'reply-within-24-hours',
    name: 'We reply within 24 hours',
    description: 'Set expectations for every text, at any time: someone answers within a day.',
    trigger: 'incoming-text',
    texts: {
      inHours:
        'Thanks for your message to {{business.name}}. We reply to every text within 24 hours.',
      afterHours:
        'Thanks for your message to {{business.name}}. We are closed now, and we reply to every text within 24 hours.',
      weekend: null,
      holiday: null,
    },
  },
] as const satisfies readonly AutoReplyTemplate[];

/**
 * A new, active rule made from a template: enabling one is a single step.
 *
 * @example
 * ruleFromTemplate(AUTO_REPLY_TEMPLATES[3], 'r7');
 * // { id: 'r7', name: 'Weekend', trigger: 'incoming-text', active: true, texts: {...}, firstMessageOnly: false, delayMinutes: 0 }
 */
export function ruleFromTemplate(template: AutoReplyTemplate, id: string): AutoReplyRule {
  const { name, trigger, texts } = template;
  return AutoReplyRuleSchema.parse({ id, name, trigger, texts: { ...texts } });
}
