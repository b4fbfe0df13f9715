/**
 * @module
 * The fake Twilio's Messages list (`GET .../Messages.json`): what the outbox
 * reads to learn whether a text whose answer was lost exists.
 */
import type { FakeMessage } from './twilio-rest.js';

/**
 * Twilio's list: newest first, filtered by `To`, `From` and `DateSent`
 * (`DateSent>=`, `DateSent<=`, a day or an instant), paged by `PageSize` and
 * `Page`. A text counts as sent when it was created (the fake sends at once).
 */
export function listMessages(
  accountSid: string,
  messages: FakeMessage[],
  url: URL,
  toJson: (message: FakeMessage) => Record<string, unknown>,
) {
  const q = url.searchParams;
  const day = (value: string) => Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  const after = q.get('DateSent>');
  const before = q.get('DateSent<');
  const on = q.get('DateSent');
  const size = Math.min(1000, Math.max(1, Number(q.get('PageSize') ?? 50) || 50));
  const page = Math.max(0, Number(q.get('Page') ?? 0) || 0);
  const matching = messages
    .filter((m) => {
      const sent = Date.parse(m.dateCreated);
      if (q.has('To') && m.to !== q.get('To')) return false;
      if (q.has('From') && m.from !== q.get('From')) return false;
      if (after && sent < day(after)) return false;
      if (before && sent >= day(before) + (before.length === 10 ? 86_400_000 : 1)) return false;
      if (on && (sent < day(on) || sent >= day(on) + 86_400_000)) return false;
      return true;
    })
    .reverse();
  const items = matching.slice(page * size, (page + 1) * size);
  const base = `/2010-04-01/Accounts/${accountSid}/Messages.json`;
  const pageUri = (n: number) => {
    const next = new URLSearchParams(q);
    next.set('Page', String(n));
    next.set('PageSize', String(size));
    return `${base}?${next}`;
  };
  return {
    messages: items.map((m) => ({
      ...toJson(m),
      status: 'sent',
      date_sent: m.dateCreated,
    })),
    page,
    page_size: size,
    first_page_uri: pageUri(0),
    next_page_uri: (page + 1) * size < matching.length ? pageUri(page + 1) : null,
    previous_page_uri: page > 0 ? pageUri(page - 1) : null,
    uri: `${base}?${q}`,
  };
}
