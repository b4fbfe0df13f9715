/**
 * @module
 * The inbox's rows from the pages loaded so far and the changes made since
 * (opened, handled, assigned, deleted), without asking the server again.
 */
import type { VoicemailDetail, VoicemailSummary, VoicemailsReply } from './types.js';

/** What the page changed in a row since its page was loaded; `null`: deleted. */
export type RowChanges = Record<string, Partial<VoicemailSummary> | null>;

/**
 * The rows, newest first: each voicemail once (pages may overlap when new
 * ones arrive between loads), with the page's own changes applied.
 *
 * @example
 * inboxRows([first, second], { vm_1: { read: true }, vm_2: null })
 */
export function inboxRows(pages: VoicemailsReply[], changes: RowChanges): VoicemailSummary[] {
  const seen = new Set<string>();
  const rows: VoicemailSummary[] = [];
  for (const page of pages) {
    for (const v of page.voicemails) {
      if (seen.has(v.id)) continue;
      seen.add(v.id);
      const change = changes[v.id];
      if (change === null) continue;
      rows.push(change ? { ...v, ...change } : v);
    }
  }
  return rows;
}

/**
 * The fields of a row out of an opened voicemail (its detail has more).
 *
 * @example
 * summaryOf(detail) // without comments, call and providerDeletedAt
 */
export function summaryOf(detail: VoicemailDetail): VoicemailSummary {
  const { comments: _comments, call: _call, providerDeletedAt: _deleted, ...summary } = detail;
  return summary;
}
