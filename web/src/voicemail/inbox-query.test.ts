import { describe, expect, it } from 'vitest';
import { inboxQuery, isFiltered, NO_FILTERS } from './inbox-query.js';

describe('inboxQuery', () => {
  it('asks for the newest 50 without filters', () => {
    expect(inboxQuery(NO_FILTERS)).toBe('/voicemails?limit=50');
    expect(isFiltered(NO_FILTERS)).toBe(false);
  });
  it('turns each view into its parameter', () => {
    expect(inboxQuery({ ...NO_FILTERS, view: 'new' })).toBe('/voicemails?limit=50&status=new');
    expect(inboxQuery({ ...NO_FILTERS, view: 'handled' })).toBe(
      '/voicemails?limit=50&status=handled',
    );
    expect(inboxQuery({ ...NO_FILTERS, view: 'mine' })).toBe('/voicemails?limit=50&assignee=me');
  });
  it('adds the number, the trimmed search and the page', () => {
    const filters = { view: 'all' as const, numberId: 'num_1', q: ' 555 0123 ' };
    expect(inboxQuery(filters, '2026-11-23T14:00:00.000Z')).toBe(
      '/voicemails?limit=50&numberId=num_1&q=555+0123&before=2026-11-23T14%3A00%3A00.000Z',
    );
    expect(isFiltered(filters)).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, q: '   ' })).toBe(false);
  });
});
