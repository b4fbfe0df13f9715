import { History } from 'lucide-react';
import type { SimRun } from './prepare-run.js';
import type { Replay } from './replay.js';
import { currentStep, pathOf } from './session.js';

interface ReplayBannerProps {
  run: SimRun;
  replay: Replay;
  title(nodeId: string): string;
}

/** Where the real call went, and where the draft takes the same caller now. */
export function ReplayBanner({ run, replay, title }: ReplayBannerProps) {
  const { view } = currentStep(run.session);
  const now = pathOf(run.session);
  const outcome = view.result?.outcome ?? null;
  const same =
    outcome === replay.original.outcome &&
    now.length === replay.original.path.length &&
    now.every((id, i) => replay.original.path[i] === id);
  const words = (path: string[], end: string | null) =>
    `${path.map(title).join(' → ') || 'nowhere'}${end ? ` (${end})` : ''}`;
  return (
    <section className={`sim-replay${same ? ' same' : ' changed'}`} aria-label="Replay">
      <h3>
        <History size={14} aria-hidden="true" /> Replaying a real call
      </h3>
      <p>
        <strong>The call went:</strong> {words(replay.original.path, replay.original.outcome)}
      </p>
      <p>
        <strong>The draft takes it:</strong> {words(now, outcome ?? (view.done ? null : 'waiting'))}
      </p>
      <p className="sim-replay-verdict">
        {same
          ? 'Same path and outcome as the real call.'
          : 'The draft takes this caller elsewhere.'}
      </p>
      {replay.unplayed.length > 0 && (
        <p className="muted">Not applicable on the draft: {replay.unplayed.join('; ')}.</p>
      )}
    </section>
  );
}
