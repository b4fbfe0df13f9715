import { Check, CircleAlert, Loader2 } from 'lucide-react';
import { useDesigner } from './use-designer.js';

/** Whether the draft is on the server: "Saved", "Saving…", or why not, with a retry. */
export function SaveIndicator({ retry }: { retry(): void }) {
  const save = useDesigner((s) => s.save);
  if (save.status === 'error') {
    return (
      <span className="save-state error" role="status">
        <CircleAlert size={14} aria-hidden="true" /> Not saved: {save.reason}
        {save.retry && (
          <button type="button" className="ghost" onClick={retry}>
            Retry
          </button>
        )}
      </span>
    );
  }
  const saving = save.status === 'saving' || save.status === 'pending';
  return (
    <span className={`save-state ${save.status}`} role="status">
      {saving ? (
        <Loader2 size={14} className="spin" aria-hidden="true" />
      ) : (
        <Check size={14} aria-hidden="true" />
      )}
      {saving ? 'Saving…' : 'Saved'}
    </span>
  );
}
