/**
 * @module
 * The list answers and the number setup the admin pages read, from the types
 * generated from the server's schemas (api/generated.ts).
 */
import type { ApiReply, ApiSchema, ScheduleRecord } from '../api/types.js';

/** Answers of the list routes the admin pages read. */
export type NumbersReply = ApiReply<'/numbers', 'get'>;
export type MembersReply = ApiReply<'/members', 'get'>;
/** Schedules as the designer and the simulator hold them: the shared document type. */
export type SchedulesReply = Omit<ApiReply<'/schedules', 'get'>, 'schedules'> & {
  schedules: ScheduleRecord[];
};
export type FlowsReply = ApiReply<'/flows', 'get'>;

/** A page of the call log; `nextBefore` is the `before` of the next (older) page. */
export type CallsPageReply = ApiReply<'/calls', 'get'>;

/** What a number form edits; `flowId`/`scheduleId` are '' for none. */
export interface NumberDraft {
  number: string;
  name: string;
  flowId: string;
  scheduleId: string;
  businessName: string;
}

/** GET /numbers/{id}/setup: what answers a number and the addresses to give Twilio. */
export type NumberSetup = ApiSchema<'NumberSetup'>;
