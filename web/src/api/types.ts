import type { Finding } from '@ringflow/flow-runtime';
import type { FlowDocument, Schedule } from '@ringflow/shared';
import type { Decision } from '../auto-replies/types.js';
import type { CallVoicemailRef } from '../voicemail/types.js';

export interface User {
  id: string;
  email: string;
  name: string;
  role: 'owner' | 'admin';
}

/** A phone number as a flow names it: the numbers whose calls run the flow. */
export interface NumberRef {
  id: string;
  number: string;
  name: string;
}

export interface FlowSummary {
  id: string;
  name: string;
  draftUpdatedAt: string;
  published: { number: number; createdAt: string } | null;
  /** The numbers whose calls run this flow; empty when none does. */
  numbers: NumberRef[];
}

export interface FlowDetail {
  id: string;
  name: string;
  draft: FlowDocument;
  draftUpdatedAt: string;
  findings: Finding[];
  ok: boolean;
  hasUnpublishedChanges: boolean;
  published: { number: number; createdAt: string } | null;
  numbers: NumberRef[];
}

export interface RevisionSummary {
  id: string;
  number: number;
  message: string;
  author: { id: string; name: string } | null;
  createdAt: string;
}

/** What publishing (or rolling back) answers: the revision and the warnings it was published with. */
export interface PublishedRevision extends RevisionSummary {
  findings: Finding[];
}

export interface Revision extends RevisionSummary {
  document: FlowDocument;
}

export interface Member {
  id: string;
  name: string;
  addresses: string[];
  dndUntil: string | null;
}

export interface PhoneNumber {
  id: string;
  number: string;
  name: string;
  flowId: string | null;
  scheduleId: string | null;
  businessName: string;
  /** Delete the provider's copy of each recording once Ringflow has its own. */
  deleteProviderRecordings?: boolean;
}

export type ScheduleRecord = Schedule & { createdAt?: string; updatedAt?: string };

export interface ScheduleStatus {
  open: boolean;
  reason: string;
  closureName?: string;
  line: string;
  nextChange: { at: string; open: boolean } | null;
}

export interface CallSummary {
  id: string;
  providerCallId: string;
  from: string;
  to: string;
  flowId: string | null;
  revisionId: string | null;
  status: 'active' | 'ended';
  outcome: string | null;
  startedAt: string;
  endedAt: string | null;
  durationSeconds: number | null;
}

export interface CallEventRow {
  id: number;
  step: number;
  kind: 'webhook' | 'event' | 'instruction' | 'note';
  at: string;
  data: unknown;
}

export interface CallDetail extends CallSummary {
  path: string[];
  events: CallEventRow[];
  result: {
    outcome: string;
    autoReplies: string[];
    endedAt: string | null;
    reason: string | null;
  } | null;
  /** What each auto-reply the call set off decided (absent from servers older than auto-reply rules). */
  autoReplyDecisions?: Decision[];
  /** The messages the caller left (absent from servers older than the voicemail inbox). */
  voicemails?: CallVoicemailRef[];
}
