import { api } from '../api/client.js';
import { type Resource, useResource } from './use-resource.js';

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

/**
 * The server's set-up, with why it could not be asked (the banner above every
 * page shows that with a retry).
 *
 * @example
 * const twilioReady = useSetup().data?.twilio.ready ?? true;
 */
export function useSetup(): Resource<Setup> {
  return useResource('setup', loadSetup);
}
