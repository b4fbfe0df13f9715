/**
 * @module
 * The voicemail API's answers, from the types generated from the server's
 * schemas (api/generated.ts), named as the inbox reads them.
 */
import type { ApiReply, ApiSchema } from '../api/types.js';

/** A row of the inbox. */
export type VoicemailSummary = ApiSchema<'VoicemailSummary'>;
/** One voicemail, opened: its comments and the call it came from. */
export type VoicemailDetail = ApiSchema<'Voicemail'>;
export type VoicemailComment = ApiSchema<'VoicemailComment'>;

/** Where the message's audio is: being copied from the provider, kept here, lost, or deleted. */
export type VoicemailAudio = VoicemailSummary['audio'];
export type VoicemailTranscript = VoicemailSummary['transcript'];
export type AudioStatus = VoicemailAudio['status'];
export type TranscriptStatus = VoicemailTranscript['status'];
export type VoicemailStatus = VoicemailSummary['status'];
export type PersonRef = NonNullable<VoicemailSummary['assignee']>;

/** A page of the inbox; `nextBefore` is the `before` of the next (older) page. */
export type VoicemailsReply = ApiReply<'/voicemails', 'get'>;
export type UnreadReply = ApiReply<'/voicemails/unread-count', 'get'>;
export type AssigneesReply = ApiReply<'/voicemails/assignees', 'get'>;

/** What GET /calls/{id} says of the call's voicemails. */
export type CallVoicemailRef = ApiSchema<'Call'>['voicemails'][number];
