import type { AutoReplyData } from '@ringflow/shared';

/** A text an auto-reply may send, with its field and the name people know it by. */
export interface AutoReplyText {
  field: 'inHoursText' | 'afterHoursText' | 'weekendText' | 'holidayText';
  /** An optional text may be left empty (the after-hours text applies); a required one may not. */
  optional?: boolean;
  name: string;
  text: string;
}

/**
 * The texts an auto-reply can actually send. The after-hours, weekend and
 * holiday texts are only chosen when a schedule is set, so without one they
 * are not checked: the editor hides them and a half-written draft there does
 * no harm. The weekend and holiday texts are optional.
 */
export function autoReplyTexts(data: AutoReplyData): AutoReplyText[] {
  const texts: AutoReplyText[] = [
    { field: 'inHoursText', name: 'in-hours text', text: data.inHoursText },
  ];
  if (data.scheduleId) {
    texts.push(
      { field: 'afterHoursText', name: 'after-hours text', text: data.afterHoursText },
      { field: 'weekendText', name: 'weekend text', text: data.weekendText, optional: true },
      { field: 'holidayText', name: 'holiday text', text: data.holidayText, optional: true },
    );
  }
  return texts;
}
