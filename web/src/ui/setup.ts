import { api } from '../api/client.js';
import { useResource } from './use-resource.js';

/** What the server still needs set up (GET /api/setup). */
export interface Setup {
  twilio: { ready: boolean; missing: string[]; problem: string | null };
}

let pending: Promise<Setup> | null = null;

/** The server's set-up, asked once per page load: it changes only when the server restarts. */
export function loadSetup(): Promise<Setup> {
  pending ??= api<Setup>('GET', '/setup').catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

/** The set-up once known; undefined while it loads or when it could not be asked. */
export function useSetup(): Setup | undefined {
  return useResource('setup', loadSetup).data;
}
