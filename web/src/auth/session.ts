import { create } from 'zustand';
import { ApiError, api, setCsrfToken } from '../api/client.js';
import type { LoginResult, SessionReply, User } from '../api/types.js';

interface SessionState {
  user: User | null;
  /** 'checking' until the first /auth/me answer. */
  status: 'checking' | 'signed-in' | 'signed-out';
  check(): Promise<void>;
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

/** Who is signed in; the cookie is HTTP-only, so the server is asked. */
export const useSession = create<SessionState>((set) => ({
  user: null,
  status: 'checking',
  async check() {
    try {
      const me = await api<SessionReply>('GET', '/auth/me');
      setCsrfToken(me.csrfToken);
      set({ user: me.user, status: 'signed-in' });
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) console.error(error);
      set({ user: null, status: 'signed-out' });
    }
  },
  async login(email, password) {
    const reply = await api<LoginResult>('POST', '/auth/login', { email, password });
    setCsrfToken(reply.csrfToken);
    set({ user: reply.user, status: 'signed-in' });
  },
  async logout() {
    await api('POST', '/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    set({ user: null, status: 'signed-out' });
  },
}));
