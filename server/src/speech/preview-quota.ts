/**
 * @module
 * How many previews one person may have synthesised lately: the preview
 * endpoint speaks any text with the workspace's Azure key, so it must not be
 * a free synthesis pipe. Previews answered from the speech cache cost nothing
 * and are not counted. Kept in memory per server process: a restart forgets it.
 */
import type { Clock } from '../clock.js';

export interface PreviewQuota {
  /** Counts one synthesis for `who`; false (with when to try again) when the window is full. */
  take(who: string): { ok: true } | { ok: false; retryAfterSeconds: number };
}

/** Syntheses per person per window: ample for someone rewording prompts by hand. */
export const PREVIEW_LIMIT = { count: 30, windowMs: 10 * 60_000 };

/**
 * A sliding window per person, on the given clock.
 *
 * @example
 * const quota = previewQuota(clock);
 * if (!quota.take(user.id).ok) throw new ApiError(429, ...);
 */
export function previewQuota(clock: Clock, limit = PREVIEW_LIMIT): PreviewQuota {
  const taken = new Map<string, number[]>();
  return {
    take(who) {
      const now = clock.now().getTime();
      const recent = (taken.get(who) ?? []).filter((at) => now - at < limit.windowMs);
      if (recent.length >= limit.count) {
        taken.set(who, recent);
        const oldest = recent[0] ?? now;
        return { ok: false, retryAfterSeconds: Math.ceil((oldest + limit.windowMs - now) / 1000) };
      }
      recent.push(now);
      taken.set(who, recent);
      return { ok: true };
    },
  };
}
