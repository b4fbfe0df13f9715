import { formatOpening, hoursOn, localDateAndTime, type Schedule } from '@ringflow/shared';

/** What a text's variables are filled from: who, to which number, and when. */
export interface TemplateFacts {
  /** The instant the texts speak of: the end of the call, or the incoming text. */
  at: Date;
  contact: { number: string; name?: string };
  business: { number: string; name: string };
}

/**
 * Values for every template variable, from the facts and the schedule's zone
 * (UTC without a schedule); the hours variables are empty without one.
 *
 * @example
 * templateValues({ at, contact: { number: '+14155550123' }, business: { number: '+14155550100', name: 'Acme' } }, officeHours);
 * // { 'contact.name': '', 'business.name': 'Acme', 'hours.next_open': 'Monday at 09:00', ... }
 */
export function templateValues(facts: TemplateFacts, schedule?: Schedule): Record<string, string> {
  // The hours and local-time variables cost a time-zone walk each; most texts use
  // one or none, so each is computed when a template first reads it.
  let local: { date: string; time: string } | undefined;
  const localNow = () => {
    local ??= localDateAndTime(schedule?.timeZone ?? 'UTC', facts.at);
    return local;
  };
  return lazyRecord({
    'contact.name': () => facts.contact.name ?? '',
    'contact.number': () => facts.contact.number,
    'business.name': () => facts.business.name,
    'business.number': () => facts.business.number,
    'hours.next_open': () => (schedule ? formatOpening(schedule, facts.at) : ''),
    'hours.today': () => (schedule ? hoursOn(schedule, facts.at) : ''),
    'call.time': () => localNow().time,
    'call.date': () => localNow().date,
  });
}

/** An object whose own, enumerable properties are computed on first read, then kept. */
function lazyRecord(getters: Record<string, () => string>): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [key, compute] of Object.entries(getters)) {
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = compute();
        Object.defineProperty(record, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return record;
}
