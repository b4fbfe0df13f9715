import { describe, expect, it } from 'vitest';
import {
  callsQuery,
  checkFilters,
  filtersFromSearch,
  filtersToSearch,
  NO_FILTERS,
} from './call-filters.js';

describe("the call log's filters in the URL", () => {
  it('reads a single day as both ends of the range, and writes it back as a day', () => {
    const filters = filtersFromSearch('?day=2026-11-23&numberId=num_1&outcome=missed');
    expect(filters).toEqual({
      numberId: 'num_1',
      outcome: 'missed',
      from: '',
      fromDate: '2026-11-23',
      toDate: '2026-11-23',
    });
    expect(String(filtersToSearch(filters))).toBe('numberId=num_1&outcome=missed&day=2026-11-23');
  });

  it('keeps a range and leaves out what is empty', () => {
    const filters = { ...NO_FILTERS, from: '+14155550123', fromDate: '2026-11-20' };
    expect(String(filtersToSearch(filters))).toBe('from=%2B14155550123&fromDate=2026-11-20');
    expect(filtersFromSearch(`?${filtersToSearch(filters)}`)).toEqual(filters);
    expect(String(filtersToSearch(NO_FILTERS))).toBe('');
  });

  it('asks the API with the browser zone only when days are chosen', () => {
    expect(callsQuery({ outcome: 'missed' }, undefined, 50, 'Europe/Paris')).toBe(
      '/calls?limit=50&outcome=missed',
    );
    expect(
      callsQuery(
        { fromDate: '2026-11-20', toDate: '2026-11-23' },
        '2026-11-23T10:00:00.000Z',
        10,
        'Europe/Paris',
      ),
    ).toBe(
      '/calls?limit=10&fromDate=2026-11-20&toDate=2026-11-23&timeZone=Europe%2FParis&before=2026-11-23T10%3A00%3A00.000Z',
    );
  });

  it('refuses a range that ends before it starts', () => {
    expect(checkFilters({ ...NO_FILTERS, fromDate: '2026-11-24', toDate: '2026-11-23' })).toEqual({
      toDate: 'Must be on or after the first day',
    });
    expect(checkFilters({ ...NO_FILTERS, fromDate: '2026-11-23', toDate: '2026-11-23' })).toEqual(
      {},
    );
  });
});
