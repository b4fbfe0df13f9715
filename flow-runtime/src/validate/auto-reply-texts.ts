import type { AutoReplyData } from '@ringflow/shared';

/** A text an auto-reply may send, with its field and the name people know it by. */
export interface AutoReplyText {
  field: 'inHoursText' | 'afterHoursText';
  name: string;
  text: string;
}

/**
 * The texts an auto-reply can actually send. The after-hours text is only
 * chosen when a schedule is set, so without one it is not checked: the
 * editor hides it and a half-written draft there does no harm.
 */
export function autoReplyTexts(data: AutoReplyData): AutoReplyText[] {
  const texts: AutoReplyText[] = [
    { field: 'inHoursText', name: 'in-hours text', text: data.inHoursText },
  ];
  if (data.scheduleId) {
    texts.push({ field: 'afterHoursText', name: 'after-hours text', text: data.afterHoursText });
  }
  return texts;
}
