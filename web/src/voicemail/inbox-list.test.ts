import { describe, expect, it } from 'vitest';
import { inboxRows, summaryOf } from './inbox-list.js';
import type { VoicemailDetail, VoicemailSummary } from './types.js';

const vm = (id: string, over: Partial<VoicemailSummary> = {}): VoicemailSummary => ({
  id,
  callId: `call_${id}`,
  numberId: 'num_1',
  numberName: 'Main line',
  caller: '+14155550123',
  business: '+14155550100',
  at: '2026-11-23T14:00:00.000Z',
  durationSeconds: 12,
  audio: {
    status: 'stored',
    error: null,
    contentType: 'audio/wav',
    bytes: 100,
    deletedAt: null,
    deletedReason: null,
    url: `/api/voicemails/${id}/audio`,
  },
  transcript: {
    status: 'none',
    text: null,
    error: null,
    language: null,
    confidence: null,
    engine: null,
    editedAt: null,
    editedBy: null,
  },
  status: 'new',
  handledAt: null,
  handledBy: null,
  assignee: null,
  read: false,
  commentCount: 0,
  ...over,
});

describe('inboxRows', () => {
  it('lists each voicemail once, in page order', () => {
    const rows = inboxRows(
      [
        { voicemails: [vm('a'), vm('b')], nextBefore: 'x' },
        { voicemails: [vm('b'), vm('c')], nextBefore: null },
      ],
      {},
    );
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
  it('applies the changes made since, and leaves out deleted ones', () => {
    const rows = inboxRows([{ voicemails: [vm('a'), vm('b')], nextBefore: null }], {
      a: { read: true, status: 'handled' },
      b: null,
    });
    expect(rows).toEqual([vm('a', { read: true, status: 'handled' })]);
  });
});

describe('summaryOf', () => {
  it('keeps the fields of a row only', () => {
    const detail: VoicemailDetail = {
      ...vm('a'),
      comments: [],
      call: null,
      providerDeletedAt: null,
    };
    expect(summaryOf(detail)).toEqual(vm('a'));
  });
});
