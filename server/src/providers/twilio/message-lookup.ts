/**
 * @module
 * Asks Twilio whether a text exists: the Messages list filtered by `To` and
 * `From`, newest first. A Message resource carries no field of ours (no
 * status callback, no idempotency token), so a text is recognised by its
 * number pair, its body and its creation time. `DateSent` is not used as a
 * filter: a text still queued has no `date_sent` yet, and leaving it out of
 * the answer would make a sent text look unsent.
 */
import type { HttpAnswer } from '../../http/client.js';
import { networkMessage, parseObject } from './messages.js';

/** A text Twilio knows about, as the list shows it. */
export interface ListedText {
  sid: string;
  status: string;
  /** ISO 8601. */
  dateCreated: string;
}

export type LookupResult = { ok: true; matches: ListedText[] } | { ok: false; message: string };

export interface TextQuery {
  from: string;
  to: string;
  body: string;
  /** Only texts created from this instant on (ISO 8601); allow for clock skew. */
  since: string;
}

const MESSAGING_SERVICE_SID = /^MG[0-9a-f]{32}$/i;
const PAGE_SIZE = 100;
/** Pages read before giving up: a contact texted more than this since `since` is not a case to guess. */
const MAX_PAGES = 5;

/**
 * @example
 * const found = await lookupTexts(request, { from, to, body, since: row.attemptStartedAt });
 * if (found.ok && found.matches.length > 0) { ... it went out: record its sid ... }
 */
export async function lookupTexts(
  get: (pathOrUrl: string) => Promise<HttpAnswer>,
  listPath: string,
  query: TextQuery,
  timeoutMs: number,
): Promise<LookupResult> {
  const params = new URLSearchParams({ To: query.to, PageSize: String(PAGE_SIZE) });
  const viaService = MESSAGING_SERVICE_SID.test(query.from);
  if (!viaService) params.set('From', query.from);
  const since = Date.parse(query.since);
  const matches: ListedText[] = [];
  let next: string | null = `${listPath}?${params}`;
  for (let page = 0; next && page < MAX_PAGES; page++) {
    let json: Record<string, unknown> | undefined;
    try {
      const response = await get(next);
      const text = response.text();
      if (!response.ok) {
        const detail = parseObject(text);
        return {
          ok: false,
          message: `Twilio answered ${response.status} to the messages list: ${typeof detail?.message === 'string' ? detail.message : text.slice(0, 200)}`,
        };
      }
      json = parseObject(text);
    } catch (error) {
      return { ok: false, message: networkMessage(error, timeoutMs) };
    }
    const items = Array.isArray(json?.messages)
      ? (json.messages as Record<string, unknown>[])
      : null;
    if (!items) return { ok: false, message: 'Twilio answered the messages list without a list' };
    let older = false;
    for (const item of items) {
      const created = Date.parse(String(item.date_created ?? ''));
      if (Number.isNaN(created)) return { ok: false, message: 'A listed message has no date' };
      if (created < since) {
        older = true;
        continue;
      }
      const sender = viaService ? item.messaging_service_sid : item.from;
      if (item.to !== query.to || sender !== query.from || item.body !== query.body) continue;
      if (item.direction !== undefined && !String(item.direction).startsWith('outbound')) continue;
      matches.push({
        sid: String(item.sid),
        status: String(item.status ?? ''),
        dateCreated: new Date(created).toISOString(),
      });
    }
    if (older) return { ok: true, matches };
    next = typeof json?.next_page_uri === 'string' ? json.next_page_uri : null;
  }
  if (next) {
    return {
      ok: false,
      message: `More than ${MAX_PAGES * PAGE_SIZE} texts to check since ${query.since}`,
    };
  }
  return { ok: true, matches };
}
