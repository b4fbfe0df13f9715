/**
 * @module
 * The call log's filters and the URL query that holds them, so a filtered
 * log can be linked: `/calls?numberId=num_x&outcome=missed&day=2026-11-23`.
 * The page's query uses the API's names (docs/api.md, Calls); dates are days
 * in the browser's time zone, which the API is told.
 */

export interface CallFilters {
  numberId: string;
  outcome: string;
  /** The caller's number. */
  from: string;
  /** `YYYY-MM-DD`; equal dates are a single day. */
  fromDate: string;
  toDate: string;
}

export const NO_FILTERS: CallFilters = {
  numberId: '',
  outcome: '',
  from: '',
  fromDate: '',
  toDate: '',
};

/**
 * The filters a page URL's query asks for; `day` is both ends of the range.
 *
 * @example
 * filtersFromSearch('?day=2026-11-23&outcome=missed');
 * // { numberId: '', outcome: 'missed', from: '', fromDate: '2026-11-23', toDate: '2026-11-23' }
 */
export function filtersFromSearch(search: string): CallFilters {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(key)?.trim() ?? '';
  const day = get('day');
  return {
    numberId: get('numberId'),
    outcome: get('outcome'),
    from: get('from'),
    fromDate: day || get('fromDate'),
    toDate: day || get('toDate'),
  };
}

/** The query for the filters, without the ones left empty: `numberId=…&day=2026-11-23`. */
export function filtersToSearch(filters: Partial<CallFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['numberId', 'outcome', 'from'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.fromDate && filters.fromDate === filters.toDate) params.set('day', filters.fromDate);
  else {
    if (filters.fromDate) params.set('fromDate', filters.fromDate);
    if (filters.toDate) params.set('toDate', filters.toDate);
  }
  return params;
}

export const hasFilters = (filters: CallFilters): boolean =>
  Object.values(filters).some((value) => value !== '');

/** The zone the browser shows times in, which is the zone its dates mean. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The GET /calls path for the filters and a page.
 *
 * @example
 * callsQuery({ outcome: 'missed', fromDate: '2026-11-23', toDate: '2026-11-23' }, undefined, 50, 'Europe/Paris');
 * // '/calls?limit=50&outcome=missed&day=2026-11-23&timeZone=Europe%2FParis'
 */
export function callsQuery(
  filters: Partial<CallFilters>,
  before?: string,
  limit = 50,
  timeZone = browserTimeZone(),
): string {
  const params = new URLSearchParams({ limit: String(limit) });
  for (const [key, value] of filtersToSearch(filters)) params.set(key, value);
  if (params.has('day') || params.has('fromDate') || params.has('toDate'))
    params.set('timeZone', timeZone);
  if (before) params.set('before', before);
  return `/calls?${params}`;
}

/** What is wrong with the filters before asking the server, by field; empty when nothing. */
export function checkFilters(filters: CallFilters): Partial<Record<keyof CallFilters, string>> {
  if (filters.fromDate && filters.toDate && filters.fromDate > filters.toDate)
    return { toDate: 'Must be on or after the first day' };
  return {};
}
