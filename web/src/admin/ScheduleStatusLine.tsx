import { api } from '../api/client.js';
import type { ScheduleStatus } from '../api/types.js';
import { useResource } from '../ui/use-resource.js';

/**
 * The server's "open now" line for a saved schedule, with its own loading and
 * retry. Its times are the schedule's, so its zone is named: an admin in
 * Berlin reading "closes today at 17:00" of a New York office must know whose 17:00.
 */
export function ScheduleStatusLine({
  id,
  version,
  timeZone,
}: {
  id: string;
  version?: string | undefined;
  timeZone?: string | undefined;
}) {
  const status = useResource(`schedule-status:${id}:${version ?? ''}`, () =>
    api<ScheduleStatus>('GET', `/schedules/${encodeURIComponent(id)}/status`),
  );
  if (status.error)
    return (
      <span className="error status-line">
        Could not check the hours.{' '}
        <button type="button" className="link" onClick={status.reload}>
          Retry
        </button>
      </span>
    );
  if (!status.data) return <span className="muted status-line">Checking…</span>;
  return (
    <span className={status.data.open ? 'status-line open' : 'status-line closed'}>
      <span className="dot" aria-hidden="true" />
      {status.data.line}
      {timeZone && <span className="muted"> ({timeZone} time)</span>}
    </span>
  );
}
