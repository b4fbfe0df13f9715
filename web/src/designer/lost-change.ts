/**
 * @module
 * A draft change sent on the way out of the designer that the server did not
 * take. The designer is gone by then, so the banner above every page says so
 * and can send it again.
 */
import { create } from 'zustand';
import { api } from '../api/client.js';
import { messageOf } from '../ui/field-errors.js';
import type { DraftDocument } from './document.js';

export interface LostChange {
  flowId: string;
  flowName: string;
  reason: string;
  /** The draft that was not saved; absent when it cannot be sent again (it was invalid, or the flow was opened since). */
  document?: DraftDocument | undefined;
}

interface LostChangeState {
  lost: LostChange | null;
  busy: boolean;
  report(lost: LostChange): void;
  /** The designer opened the flow: it shows the server's draft now, so sending the older one would overwrite what is done next. */
  opened(flowId: string): void;
  /** Sends the kept draft again; a failure keeps it, with the new reason. */
  saveAgain(send?: (flowId: string, document: DraftDocument) => Promise<unknown>): Promise<void>;
  dismiss(): void;
}

const sendDraft = (flowId: string, document: DraftDocument) =>
  api('PUT', `/flows/${encodeURIComponent(flowId)}/draft`, { document });

/**
 * @example
 * useLostChange.getState().report({ flowId, flowName: 'Main line', reason: 'Cannot reach the server', document });
 * const lost = useLostChange((s) => s.lost);
 */
export const useLostChange = create<LostChangeState>((set, get) => ({
  lost: null,
  busy: false,
  report: (lost) => set({ lost, busy: false }),
  opened(flowId) {
    const { lost } = get();
    if (lost?.flowId === flowId && lost.document) set({ lost: { ...lost, document: undefined } });
  },
  async saveAgain(send = sendDraft) {
    const { lost } = get();
    if (!lost?.document || get().busy) return;
    set({ busy: true });
    try {
      await send(lost.flowId, lost.document);
      set({ lost: null, busy: false });
    } catch (e) {
      set({ lost: { ...lost, reason: messageOf(e) }, busy: false });
    }
  },
  dismiss: () => set({ lost: null, busy: false }),
}));
