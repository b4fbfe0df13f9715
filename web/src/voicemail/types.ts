/**
 * @module
 * The voicemail API's answers, copied by hand from the server's schemas
 * (docs/api.md, Voicemails), as the rest of the app does.
 */

export type AudioStatus = 'fetching' | 'stored' | 'unavailable' | 'deleted';
export type TranscriptStatus = 'none' | 'pending' | 'done' | 'failed';
export type VoicemailStatus = 'new' | 'handled';

export interface PersonRef {
  id: string;
  name: string;
}

/** Where the message's audio is: being copied from the provider, kept here, lost, or deleted. */
export interface VoicemailAudio {
  status: AudioStatus;
  error: string | null;
  contentType: string | null;
  bytes: number | null;
  deletedAt: string | null;
  deletedReason: 'retention' | 'user' | null;
  /** `/api/voicemails/<id>/audio` while stored. */
  url: string | null;
}

export interface VoicemailTranscript {
  status: TranscriptStatus;
  text: string | null;
  error: string | null;
  /** BCP 47 tag of the language heard (detected among the number's languages). */
  language?: string | null;
  /** 0 to 1, as the engine reported it. */
  confidence?: number | null;
  engine?: 'azure' | 'twilio' | null;
  /** Set when someone on the team corrected the text. */
  editedAt?: string | null;
  editedBy?: PersonRef | null;
}

/** A row of the inbox. */
export interface VoicemailSummary {
  id: string;
  callId: string | null;
  numberId: string | null;
  numberName: string | null;
  caller: string;
  business: string;
  at: string;
  durationSeconds: number | null;
  audio: VoicemailAudio;
  transcript: VoicemailTranscript;
  status: VoicemailStatus;
  handledAt: string | null;
  handledBy: PersonRef | null;
  assignee: PersonRef | null;
  /** Opened by the signed-in user. */
  read: boolean;
  commentCount: number;
}

export interface VoicemailComment {
  id: string;
  author: { id: string | null; name: string };
  body: string;
  at: string;
}

/** One voicemail, opened: its comments and the call it came from. */
export interface VoicemailDetail extends VoicemailSummary {
  comments: VoicemailComment[];
  call: { id: string; outcome: string | null; startedAt: string } | null;
  providerDeletedAt: string | null;
}

/** A page of the inbox; `nextBefore` is the `before` of the next (older) page. */
export interface VoicemailsReply {
  voicemails: VoicemailSummary[];
  nextBefore: string | null;
}

export interface UnreadReply {
  unread: number;
}

export interface AssigneesReply {
  users: PersonRef[];
}

/** What GET /calls/{id} says of the call's voicemails. */
export interface CallVoicemailRef {
  id: string;
  audioStatus: AudioStatus;
  audioDeletedAt: string | null;
  audioDeletedReason: 'retention' | 'user' | null;
  deletedAt: string | null;
}
