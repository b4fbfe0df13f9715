import type { CallOutcome } from '@ringflow/shared';

/** What the call log calls each outcome; every outcome has one. */
export const OUTCOME_LABELS: Record<CallOutcome, string> = {
  answered: 'Answered',
  voicemail: 'Voicemail',
  missed: 'Missed',
  abandoned: 'Abandoned',
  blocked: 'Blocked',
  failed: 'Failed',
  rejected: 'Rejected',
};

/**
 * A call's outcome in words: the outcome once it ended, "in progress" while it runs.
 *
 * @example
 * outcomeText({ outcome: 'blocked', status: 'ended' }); // 'Blocked'
 * outcomeText({ outcome: null, status: 'active' }); // 'in progress'
 */
export function outcomeText(call: { outcome: string | null; status: string }): string {
  if (call.outcome === null) return call.status === 'active' ? 'in progress' : '—';
  return Object.hasOwn(OUTCOME_LABELS, call.outcome)
    ? OUTCOME_LABELS[call.outcome as CallOutcome]
    : call.outcome;
}

/**
 * The badge colour of an outcome: green answered, amber voicemail, red lost
 * calls; a blocked caller is no loss, so it stays grey.
 */
export function outcomeBadge(outcome: string | null): string {
  switch (outcome) {
    case 'answered':
      return 'badge ok';
    case 'voicemail':
      return 'badge warn';
    case 'missed':
    case 'abandoned':
    case 'failed':
    case 'rejected':
      return 'badge bad';
    default:
      return 'badge';
  }
}

/** "42 s", "3 min 05 s", "1 h 02 min"; "—" when unknown. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
