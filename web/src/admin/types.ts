import type {
  CallSummary,
  FlowSummary,
  Member,
  PhoneNumber,
  ScheduleRecord,
} from '../api/types.js';

/** Answers of the list routes the admin pages read. */
export interface NumbersReply {
  numbers: PhoneNumber[];
}
export interface MembersReply {
  members: Member[];
}
export interface SchedulesReply {
  schedules: ScheduleRecord[];
}
export interface FlowsReply {
  flows: FlowSummary[];
}

/** A page of the call log; `nextBefore` is the `before` of the next (older) page. */
export interface CallsPageReply {
  calls: CallSummary[];
  nextBefore: string | null;
}

/** What a number form edits; `flowId`/`scheduleId` are '' for none. */
export interface NumberDraft {
  number: string;
  name: string;
  flowId: string;
  scheduleId: string;
  businessName: string;
}

/** GET /numbers/{id}/setup: what answers a number and the addresses to give Twilio. */
export interface NumberSetup {
  flow: {
    id: string;
    name: string;
    publishedRevision: {
      id: string;
      number: number;
      message: string;
      createdAt: string;
      author: { id: string; name: string } | null;
    } | null;
  } | null;
  answering: boolean;
  webhooks: { voiceUrl: string; statusCallbackUrl: string; messagingUrl: string };
}
