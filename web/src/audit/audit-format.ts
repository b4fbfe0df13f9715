/**
 * @module
 * Pure helpers of the audit-log page: the query for a page, the filter
 * choices (each action, and each family such as `auth.*`), one line of
 * detail per entry.
 */

/**
 * @example
 * auditQuery('auth.*', 120); // '/audit?limit=50&action=auth.*&before=120'
 */
export function auditQuery(action: string, before?: number): string {
  const params = new URLSearchParams({ limit: '50' });
  if (action) params.set('action', action);
  if (before) params.set('before', String(before));
  return `/audit?${params.toString().replace('%2A', '*')}`;
}

/**
 * The filter's options: each family with more than one action, then the actions.
 *
 * @example
 * actionChoices(['auth.login', 'auth.login_failed', 'flow.publish']);
 * // ['auth.*', 'auth.login', 'auth.login_failed', 'flow.publish']
 */
export function actionChoices(actions: string[]): string[] {
  const families = new Map<string, number>();
  for (const action of actions) {
    const family = action.split('.')[0] ?? action;
    families.set(family, (families.get(family) ?? 0) + 1);
  }
  const groups = [...families].filter(([, n]) => n > 1).map(([family]) => `${family}.*`);
  return [...groups, ...actions].sort();
}

/** The detail object as `key: value` pairs on one line; nothing for an empty detail. */
export function detailText(detail: unknown): string {
  if (detail === null || detail === undefined) return '';
  if (typeof detail !== 'object') return String(detail);
  return Object.entries(detail as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}
