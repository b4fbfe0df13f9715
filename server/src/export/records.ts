/**
 * @module
 * How each kind of record appears in the export: the CSV columns, and the
 * JSON object of a voicemail (with where its recording is, or why there is
 * none).
 */
import type {
  ExportCall,
  ExportComment,
  ExportDecision,
  ExportMessage,
  ExportVoicemail,
} from '../db/export-rows.js';
import type { CsvColumns } from './csv.js';

export const CALL_COLUMNS: CsvColumns<ExportCall> = [
  ['id', (c) => c.id],
  ['startedAt', (c) => c.startedAt],
  ['answeredAt', (c) => c.answeredAt],
  ['endedAt', (c) => c.endedAt],
  ['durationSeconds', (c) => c.durationSeconds],
  ['from', (c) => c.from],
  ['to', (c) => c.to],
  ['numberName', (c) => c.numberName],
  ['status', (c) => c.status],
  ['outcome', (c) => c.outcome],
  ['flowName', (c) => c.flowName],
  ['revisionNumber', (c) => c.revisionNumber],
  ['providerStatus', (c) => c.providerStatus],
  ['provider', (c) => c.provider],
  ['providerCallId', (c) => c.providerCallId],
  ['numberId', (c) => c.numberId],
  ['flowId', (c) => c.flowId],
  ['revisionId', (c) => c.revisionId],
];

export const MESSAGE_COLUMNS: CsvColumns<ExportMessage> = [
  ['id', (m) => m.id],
  ['at', (m) => m.at],
  ['direction', (m) => m.direction],
  ['author', (m) => m.author],
  ['contact', (m) => m.contact],
  ['business', (m) => m.business],
  ['body', (m) => m.body],
  ['status', (m) => m.status],
  ['error', (m) => m.error],
  ['sentAt', (m) => m.sentAt],
  ['providerMessageId', (m) => m.providerMessageId],
  ['numberId', (m) => m.numberId],
];

export const DECISION_COLUMNS: CsvColumns<ExportDecision> = [
  ['id', (d) => d.id],
  ['at', (d) => d.at],
  ['contact', (d) => d.contact],
  ['trigger', (d) => d.trigger],
  ['source', (d) => d.source],
  ['sourceName', (d) => d.sourceName],
  ['action', (d) => d.action],
  ['reason', (d) => d.reason],
  ['detail', (d) => d.detail],
  ['variant', (d) => d.variant],
  ['text', (d) => d.text],
  ['sendAt', (d) => d.sendAt],
  ['callId', (d) => d.callId],
  ['messageId', (d) => d.messageId],
  ['replyMessageId', (d) => d.replyMessageId],
  ['sourceId', (d) => d.sourceId],
  ['numberId', (d) => d.numberId],
];

/** Where a voicemail's recording is in the archive, or why it has none. */
export interface ArchivedAudio {
  file: string | null;
  note: string | null;
}

/** The voicemail's recording as the archive has it. `archived` maps ids to archive paths. */
export function archivedAudio(v: ExportVoicemail, archived: Map<string, string>): ArchivedAudio {
  const file = archived.get(v.id);
  if (file) return { file, note: null };
  const day = (at: string | null) => (at ?? '').slice(0, 10);
  switch (v.audioStatus) {
    case 'stored':
      return { file: null, note: 'The file was missing from the data directory at export' };
    case 'fetching':
      return { file: null, note: 'Still being copied from the provider at export' };
    case 'unavailable':
      return {
        file: null,
        note: `Could not be copied from the provider${v.audioError ? `: ${v.audioError}` : ''}`,
      };
    default:
      return {
        file: null,
        note:
          v.audioDeletedReason === 'retention'
            ? `Deleted by retention on ${day(v.audioDeletedAt)}`
            : `Deleted by ${v.deletedBy ?? 'a user'} on ${day(v.audioDeletedAt ?? v.deletedAt)}`,
      };
  }
}

export type VoicemailWithAudio = ExportVoicemail & { audio: ArchivedAudio };

export const VOICEMAIL_COLUMNS: CsvColumns<VoicemailWithAudio> = [
  ['id', (v) => v.id],
  ['at', (v) => v.at],
  ['caller', (v) => v.caller],
  ['business', (v) => v.business],
  ['numberName', (v) => v.numberName],
  ['durationSeconds', (v) => v.durationSeconds],
  ['status', (v) => v.status],
  ['handledAt', (v) => v.handledAt],
  ['handledBy', (v) => v.handledBy],
  ['assignee', (v) => v.assignee],
  ['transcriptStatus', (v) => v.transcriptStatus],
  ['transcript', (v) => v.transcript],
  ['audioFile', (v) => v.audio.file],
  ['audioNote', (v) => v.audio.note],
  ['deletedAt', (v) => v.deletedAt],
  ['callId', (v) => v.callId],
  ['numberId', (v) => v.numberId],
];

/** A voicemail in voicemails.json: what the inbox shows, with its comments. */
export function voicemailJson(v: VoicemailWithAudio, comments: ExportComment[]) {
  return {
    id: v.id,
    at: v.at,
    caller: v.caller,
    number: { id: v.numberId, name: v.numberName, business: v.business },
    callId: v.callId,
    durationSeconds: v.durationSeconds,
    status: v.status,
    handledAt: v.handledAt,
    handledBy: v.handledBy,
    assignee: v.assignee,
    audio: {
      status: v.audioStatus,
      file: v.audio.file,
      note: v.audio.note,
      contentType: v.audioContentType,
      bytes: v.audioBytes,
      sha256: v.audioSha256,
      error: v.audioError,
      deletedAt: v.audioDeletedAt,
      deletedReason: v.audioDeletedReason,
      providerDeletedAt: v.providerDeletedAt,
    },
    transcript: { status: v.transcriptStatus, text: v.transcript, error: v.transcriptError },
    deletedAt: v.deletedAt,
    deletedBy: v.deletedBy,
    comments,
  };
}
