/**
 * @module
 * How long the workspace keeps voicemails, calls and texts, and what the
 * last retention run deleted. Both are workspace settings documents.
 */
import { z } from 'zod';
import type { Connection } from '../db/sql/connection.js';
import { getWorkspaceSetting, putWorkspaceSetting } from '../db/workspace-settings.js';

const DAYS_MESSAGE = 'Use a whole number of days from 1 to 3650, or null to keep for ever';

/** A period in days; null keeps for ever. */
export const RetentionDaysSchema = z
  // A missing field keeps zod's own message, which the API reports as "Required".
  .number({ error: (issue) => (issue.input === undefined ? undefined : DAYS_MESSAGE) })
  .int(DAYS_MESSAGE)
  .min(1, DAYS_MESSAGE)
  .max(3650, DAYS_MESSAGE)
  .nullable();

export const RetentionSettingsSchema = z.strictObject({
  voicemailDays: RetentionDaysSchema,
  callDays: RetentionDaysSchema,
  messageDays: RetentionDaysSchema,
});

export type RetentionSettings = z.infer<typeof RetentionSettingsSchema>;

/** What one run deleted, and when it ran. */
export interface RetentionRun {
  at: string;
  voicemails: number;
  calls: number;
  messages: number;
}

const SETTINGS_KEY = 'retention';
const LAST_RUN_KEY = 'retention.lastRun';

/** Keep everything: the default of a new workspace. */
export const KEEP_EVERYTHING: RetentionSettings = {
  voicemailDays: null,
  callDays: null,
  messageDays: null,
};

/**
 * The workspace's retention periods; keep-everything when never set.
 *
 * @example
 * getRetentionSettings(db); // { voicemailDays: 90, callDays: null, messageDays: 365 }
 */
export async function getRetentionSettings(db: Connection): Promise<RetentionSettings> {
  const parsed = RetentionSettingsSchema.safeParse(await getWorkspaceSetting(db, SETTINGS_KEY));
  return parsed.success ? parsed.data : KEEP_EVERYTHING;
}

export async function saveRetentionSettings(
  db: Connection,
  settings: RetentionSettings,
  at: string,
): Promise<void> {
  await putWorkspaceSetting(db, SETTINGS_KEY, settings, at);
}

/** The summary of the last run, or null before the first. */
export async function getLastRetentionRun(db: Connection): Promise<RetentionRun | null> {
  return ((await getWorkspaceSetting(db, LAST_RUN_KEY)) as RetentionRun | null) ?? null;
}

export async function saveLastRetentionRun(db: Connection, run: RetentionRun): Promise<void> {
  await putWorkspaceSetting(db, LAST_RUN_KEY, run, run.at);
}
