/**
 * @module
 * The unread voicemail count of the navigation's badge: asked every 30 s,
 * and again whenever a page opens or changes a voicemail.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { api } from '../api/client.js';
import { messageOf } from '../ui/field-errors.js';
import type { UnreadReply } from './types.js';

const POLL_MS = 30_000;

interface UnreadState {
  /** `null` until the server first answers (or while it cannot). */
  unread: number | null;
  /** Why the last ask failed, shown on the badge; null once the server answers again. */
  failure: string | null;
  refresh(): Promise<void>;
}

/**
 * @example
 * await api('POST', `/voicemails/${id}/read`);
 * void useUnread.getState().refresh();
 */
export const useUnread = create<UnreadState>((set) => ({
  unread: null,
  failure: null,
  async refresh() {
    try {
      const { unread } = await api<UnreadReply>('GET', '/voicemails/unread-count');
      set({ unread, failure: null });
    } catch (e) {
      // The badge says so quietly (no box on every page); the next poll tries again.
      set({ failure: messageOf(e) });
    }
  },
}));

/** Asks for the count now and every 30 s while mounted (the navigation is, for the whole session). */
export function useUnreadPolling(): Pick<UnreadState, 'unread' | 'failure'> {
  const unread = useUnread((s) => s.unread);
  const failure = useUnread((s) => s.failure);
  useEffect(() => {
    const refresh = useUnread.getState().refresh;
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, []);
  return { unread, failure };
}
