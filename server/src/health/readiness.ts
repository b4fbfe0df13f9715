/**
 * @module
 * Readiness: can this server take a call now? A call is stored before its
 * first answer, so "ready" means the database accepts a real write and has
 * room to grow, on disk and under SQLite's own page limit. A chaos test found
 * a read-only health check answering ok while every call got the apology.
 */
import { statfsSync } from 'node:fs';
import { databaseRoom, writeHealthRow } from '../db/health.js';
import { sqliteOf } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';

/** At most one probe write per second, however often a load balancer asks. */
export const READINESS_CACHE_MS = 1000;
/**
 * Room a ready server must have, on the disk and under SQLite's page limit:
 * calls take a few KB each, but a voicemail's audio is about 1 MB a minute.
 */
export const READINESS_MIN_FREE_BYTES = 16 * 1024 * 1024;

export interface Readiness {
  ok: boolean;
  /** When the probe ran (answers within a second share one). */
  checkedAt: string;
  /** Why not ready, in words an operator can act on. */
  reason?: string;
}

/**
 * A readiness probe whose result is reused for {@link READINESS_CACHE_MS}
 * on the injected clock.
 *
 * @example
 * const ready = readinessProbe(deps);
 * const { ok, reason } = await ready.check();
 */
export function readinessProbe(deps: Pick<ServerDeps, 'db' | 'clock' | 'config' | 'log'>): {
  check(): Promise<Readiness>;
} {
  let last: { at: number; result: Readiness } | undefined;
  return {
    async check() {
      const now = deps.clock.now();
      const age = last ? now.getTime() - last.at : Number.POSITIVE_INFINITY;
      if (last && age >= 0 && age < READINESS_CACHE_MS) return last.result;
      const result = await probe(deps, now.toISOString());
      if (!result.ok && last?.result.ok !== false) {
        deps.log.error('not ready: the database cannot take calls', { reason: result.reason });
      } else if (result.ok && last?.result.ok === false) {
        deps.log.info('ready again: the database can take calls');
      }
      last = { at: now.getTime(), result };
      return result;
    },
  };
}

async function probe(deps: Pick<ServerDeps, 'db' | 'config'>, at: string): Promise<Readiness> {
  const { db, config } = deps;
  const fail = (reason: string): Readiness => ({ ok: false, checkedAt: at, reason });
  try {
    await writeHealthRow(db, at);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return fail(
      `The database cannot be written${typeof code === 'string' ? ` (${code})` : ''}: ${(error as Error).message}`,
    );
  }
  try {
    // SQLite's own page limit; PostgreSQL's room is its server's to watch.
    const sqlite = sqliteOf(db);
    const room = sqlite && databaseRoom(sqlite);
    const bytes = room
      ? (room.pagesLeft + room.freePages) * room.pageSize
      : Number.POSITIVE_INFINITY;
    if (bytes < READINESS_MIN_FREE_BYTES) {
      return fail(
        `The database is nearly full: ${megabytes(bytes)} left under its page limit (PRAGMA max_page_count), ${megabytes(READINESS_MIN_FREE_BYTES)} needed`,
      );
    }
    const disk = statfsSync(config.dataDir);
    const free = disk.bavail * disk.bsize;
    if (free < READINESS_MIN_FREE_BYTES) {
      return fail(
        `The disk is nearly full: ${megabytes(free)} free in ${config.dataDir}, ${megabytes(READINESS_MIN_FREE_BYTES)} needed`,
      );
    }
  } catch (error) {
    return fail(`The free space could not be read: ${(error as Error).message}`);
  }
  return { ok: true, checkedAt: at };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
