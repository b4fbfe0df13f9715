/**
 * @module
 * README.txt of an export: what each file is, when it was exported, from
 * which schema version, and how many of each record it holds.
 */

/** How many records of each kind an export holds, and its size once written. */
export interface ExportSummary {
  flows: number;
  revisions: number;
  calls: number;
  messages: number;
  decisions: number;
  voicemails: number;
  recordings: number;
  greetings: number;
  /** Greetings whose audio is in the archive. */
  greetingFiles: number;
  /** The archive's size in bytes (known once it is complete). */
  bytes: number;
}

export function emptySummary(): ExportSummary {
  return {
    flows: 0,
    revisions: 0,
    calls: 0,
    messages: 0,
    decisions: 0,
    voicemails: 0,
    recordings: 0,
    greetings: 0,
    greetingFiles: 0,
    bytes: 0,
  };
}

/** The text of README.txt. */
export function readmeText(input: {
  exportedAt: string;
  schemaVersion: number;
  version: string;
  summary: ExportSummary;
}): string {
  const s = input.summary;
  return `Ringflow export
===============

Exported at ${input.exportedAt} (UTC) by Ringflow ${input.version}, database schema version ${input.schemaVersion}.
Everything in this archive was read from one consistent snapshot of the database.
Times are ISO 8601 instants in UTC.

Files
-----
flows.json                  ${s.flows} flows (deleted ones too, with deletedAt): each with its draft,
                            its saved scenarios and every published revision (${s.revisions} in all):
                            number, message, author, createdAt and the flow document.
calls.csv, calls.json       ${s.calls} calls. calls.json adds each call's result and its trace
                            (every webhook, event, instruction and note, in order).
messages.csv, .json         ${s.messages} texts received and sent.
auto-reply-decisions.csv, .json
                            ${s.decisions} auto-reply decisions: every text sent or not sent, and why.
voicemails.csv, .json       ${s.voicemails} voicemails: caller, number, time, length, status, assignee,
                            transcript, and the recording's file in this archive (audioFile) or why
                            there is none (audioNote). voicemails.json adds the comments.
recordings/                 ${s.recordings} recordings, named after their voicemail's id.
greetings.json              ${s.greetings} greetings: name, source (upload, recording, tts), version,
                            text, voice and language of text-to-speech ones, and the audio's file
                            in this archive (audio.file) or why there is none (audio.note).
greetings/                  ${s.greetingFiles} greeting audio files (the current version of each),
                            named after the greeting's id and version.
numbers.json                Phone numbers, with their auto-reply rules.
schedules.json              Business hours.
members.json                Team members (the people flows ring).
users.json                  Accounts: name, e-mail and role.

Not exported: passwords, sessions, API tokens, webhook secrets and Slack addresses.

CSV files follow RFC 4180 (UTF-8, comma-separated, a header row). A cell that
begins with = + - or @ starts with an apostrophe (') so that a spreadsheet shows
it as text instead of running it as a formula; phone numbers read '+14155550123.
The JSON files have every value exactly as stored.
`;
}
