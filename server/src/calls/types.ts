import type { CallEvent, Instruction } from '@ringflow/flow-runtime';
import type { Connection } from '../db/sql/connection.js';

/** What the provider should do now, for one step of one call. */
export interface CallReply {
  step: number;
  instruction: Instruction;
  /** For a dial: the addresses to ring (never empty). */
  dialAddresses: string[];
  callerNumber: string;
  businessNumber: string;
}

/** Turns replies into the provider's response documents (TwiML for Twilio). */
export interface Renderer {
  /**
   * `db` is the webhook's transaction: whatever rendering looks up, it reads
   * there (on PostgreSQL another pooled connection could wait forever for
   * the one the transaction holds).
   */
  reply(reply: CallReply, db: Connection): Promise<string>;
  /** Said when a call cannot be served: unknown number, no published flow, lost state. */
  apology(): string;
}

export interface IncomingCall {
  providerCallId: string;
  from: string;
  to: string;
  /** The webhook's parameters, kept in the call's trace. */
  webhook: Record<string, string>;
}

export interface CallStep {
  providerCallId: string;
  /** The step the provider is answering, from the action URL. */
  step: number;
  event: CallEvent;
  webhook: Record<string, string>;
}
