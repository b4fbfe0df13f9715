import type { Finding } from '@ringflow/flow-runtime';
import { ApiError } from '../api/client.js';

/**
 * The findings a `422 flow_has_errors` answer carries, or none for any other
 * error, so a refused publish can list what to fix.
 *
 * @example
 * catch (e) { setFindings(findingsOf(e)); setMessage(errorMessage(e)); }
 */
export function findingsOf(error: unknown): Finding[] {
  if (!(error instanceof ApiError) || error.status !== 422) return [];
  const findings = (error.body as { findings?: unknown } | null)?.findings;
  return Array.isArray(findings) ? (findings as Finding[]) : [];
}

/** A message a person can act on, for any error an API call throws. */
export function errorMessage(error: unknown, fallback = 'Something went wrong; try again'): string {
  return error instanceof Error ? error.message : fallback;
}
