/**
 * @module
 * The retention form's fields: days as text, where empty keeps for ever.
 */

/**
 * A retention field's text as days: '' is keep for ever (null); otherwise a
 * whole number from 1 to 3650.
 *
 * @example
 * parseDays('') // { ok: true, days: null }
 * parseDays('90') // { ok: true, days: 90 }
 */
export function parseDays(
  text: string,
): { ok: true; days: number | null } | { ok: false; error: string } {
  const t = text.trim();
  if (!t) return { ok: true, days: null };
  if (!/^\d+$/.test(t))
    return { ok: false, error: 'Use a whole number of days, or leave it empty' };
  const days = Number(t);
  if (days < 1 || days > 3650) return { ok: false, error: 'Use 1 to 3650 days, or leave it empty' };
  return { ok: true, days };
}

/** Days as a field's text: null is empty (keep for ever). */
export function daysText(days: number | null): string {
  return days === null ? '' : String(days);
}
