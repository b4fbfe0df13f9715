/**
 * @module
 * One retention run: deletes what is older than the workspace keeps, in
 * short transactions of at most `BATCH` rows, yielding to other work
 * between them. Running it twice in a row deletes nothing more.
 *
 * - voicemailDays: a voicemail's recording (the file) and transcript go;
 *   the voicemail stays, marked "deleted by retention", and its call's
 *   trace gets a note saying so.
 * - callDays: ended calls go with their traces. Their voicemails stay in
 *   the inbox (governed by voicemailDays) without the link to the call; a
 *   voicemail with neither call nor recording left goes too.
 * - messageDays: texts (except those still scheduled) and auto-reply
 *   decisions go.
 * - The outbox's finished deliveries go after the shortest period set.
 * - Whatever the settings, a transcription kept for a voicemail that never
 *   came (db/early-transcriptions.ts) goes after a day.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { removeDataFile } from '../data-files.js';
import { appendCallEvent } from '../db/calls.js';
import { deleteUnclaimedTranscriptions } from '../db/early-transcriptions.js';
import {
  bareVoicemails,
  deleteExpiredCalls,
  deleteExpiredDecisions,
  deleteExpiredMessages,
  deleteFinishedOutbox,
  deleteVoicemailRows,
  expiredRecordings,
} from '../db/retention.js';
import { transaction } from '../db/sql/connection.js';
import { recordAudioDeleted } from '../db/voicemails.js';
import type { ServerDeps } from '../deps.js';
import {
  getRetentionSettings,
  type RetentionRun,
  type RetentionSettings,
  saveLastRetentionRun,
} from './settings.js';

export type RetentionDeps = Pick<ServerDeps, 'db' | 'clock' | 'config' | 'log'>;

/** Rows per transaction: small enough that webhooks never wait long for the write lock. */
export const BATCH = 500;

const DAY_MS = 86_400_000;

/**
 * Applies the workspace's retention settings as of `deps.clock.now()`,
 * stores the summary as the last run and returns it.
 *
 * @example
 * const run = await runRetention(deps); // { at, voicemails: 3, calls: 120, messages: 40 }
 */
export async function runRetention(deps: RetentionDeps): Promise<RetentionRun> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const settings = await getRetentionSettings(deps.db);
  const cutoff = (days: number | null) =>
    days === null ? null : new Date(now.getTime() - days * DAY_MS).toISOString();

  const run: RetentionRun = { at, voicemails: 0, calls: 0, messages: 0 };
  const voicemailsBefore = cutoff(settings.voicemailDays);
  if (voicemailsBefore) run.voicemails += await deleteRecordings(deps, voicemailsBefore, at);
  const callsBefore = cutoff(settings.callDays);
  if (callsBefore) {
    run.calls = await inBatches(
      async (limit) => await deleteExpiredCalls(deps.db, { before: callsBefore, limit }),
    );
    run.voicemails += await deleteBareVoicemails(deps, callsBefore, at);
  }
  const messagesBefore = cutoff(settings.messageDays);
  if (messagesBefore) {
    // Decisions first: fewer rows left to unlink from the texts that go next.
    await inBatches(
      async (limit) => await deleteExpiredDecisions(deps.db, { before: messagesBefore, limit }),
    );
    run.messages = await inBatches(
      async (limit) => await deleteExpiredMessages(deps.db, { before: messagesBefore, limit }),
    );
  }
  const outboxBefore = cutoff(shortest(settings));
  if (outboxBefore) {
    await inBatches(
      async (limit) => await deleteFinishedOutbox(deps.db, { before: outboxBefore, limit }),
    );
  }

  // Its voicemail would have come within seconds; after a day, it is not coming.
  const unclaimedBefore = new Date(now.getTime() - DAY_MS).toISOString();
  await inBatches(
    async (limit) =>
      await deleteUnclaimedTranscriptions(deps.db, { before: unclaimedBefore, limit }),
  );

  await saveLastRetentionRun(deps.db, run);
  if (run.voicemails + run.calls + run.messages > 0) deps.log.info('retention run', { ...run });
  return run;
}

/** Runs `deleteBatch` (one transaction each) until a batch comes back short; the total deleted. */
async function inBatches(deleteBatch: (limit: number) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await deleteBatch(BATCH);
    total += deleted;
    if (deleted < BATCH) return total;
    await nextTurn();
  }
}

/** Deletes the recordings (files and transcripts) of voicemails left before `before`. */
async function deleteRecordings(deps: RetentionDeps, before: string, at: string): Promise<number> {
  const { db, config, log } = deps;
  const note = `Recording deleted by retention on ${at.slice(0, 10)}`;
  let deleted = 0;
  let after = '';
  for (;;) {
    const batch = await transaction(db, async (tx) => {
      const found = await expiredRecordings(tx, { before, after, limit: BATCH });
      for (const voicemail of found) {
        try {
          // The file first: if it cannot be removed, the voicemail must not say it was.
          if (voicemail.audioFile) removeDataFile(config.dataDir, voicemail.audioFile);
        } catch (error) {
          log.error('retention: could not delete a recording', {
            voicemailId: voicemail.id,
            error: String(error),
          });
          continue;
        }
        await recordAudioDeleted(tx, voicemail.id, 'retention', at);
        if (voicemail.callId !== null) {
          await appendCallEvent(tx, {
            callId: voicemail.callId,
            step: voicemail.callStep ?? 0,
            kind: 'note',
            at,
            data: { note },
            response: null,
          });
        }
        deleted++;
      }
      return found;
    });
    if (batch.length < BATCH) return deleted;
    after = batch[batch.length - 1]?.id ?? after;
    await nextTurn();
  }
}

/**
 * Deletes the voicemails left before `before` that have neither a call nor
 * a recording any more. Counts only those this run has not counted already
 * (when it deleted their recording a moment ago).
 */
async function deleteBareVoicemails(
  deps: RetentionDeps,
  before: string,
  at: string,
): Promise<number> {
  const { db } = deps;
  let counted = 0;
  for (;;) {
    // No file to remove: only a voicemail whose recording is kept has one.
    const batch = await transaction(db, async (tx) => {
      const found = await bareVoicemails(tx, { before, limit: BATCH });
      await deleteVoicemailRows(
        tx,
        found.map((v) => v.id),
      );
      return found;
    });
    counted += batch.filter(
      (v) => !(v.audioDeletedReason === 'retention' && v.audioDeletedAt === at),
    ).length;
    if (batch.length < BATCH) return counted;
    await nextTurn();
  }
}

/** The shortest period set, or null when everything is kept. */
function shortest(settings: RetentionSettings): number | null {
  const set = [settings.voicemailDays, settings.callDays, settings.messageDays].filter(
    (d): d is number => d !== null,
  );
  return set.length ? Math.min(...set) : null;
}
