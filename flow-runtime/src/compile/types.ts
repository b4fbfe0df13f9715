import type { FlowOutcome, Prompt, RingTarget, Schedule } from '@ringflow/shared';

/** What the runtime knows about the call when it starts. */
export interface CallInput {
  call: { from: string; to: string; callId?: string };
  /** ISO instant the call started: the call's clock, advanced by each event's `at`. */
  at: string;
  /** Schedules the flow refers to, by id. A missing one counts as closed. */
  schedules?: Readonly<Record<string, Schedule>>;
}

/**
 * Normalised call events: every provider adapter turns its webhooks into
 * these, so the machine never sees provider-specific names. `at` is when the
 * event happened (defaults to the call's last known instant).
 */
export type CallEvent =
  | { type: 'DIAL_RESULT'; status: DialStatus; at?: string }
  | { type: 'DIGITS'; digits: string; at?: string }
  | { type: 'NO_INPUT'; at?: string }
  | { type: 'RECORDING_DONE'; durationSeconds: number; url?: string; at?: string }
  | { type: 'PLAYBACK_DONE'; at?: string }
  | { type: 'CALLER_HUNG_UP'; at?: string };
export type CallEventType = CallEvent['type'];
export type DialStatus = 'answered' | 'busy' | 'no-answer' | 'failed';

/** One outcome a call left a node by. */
export interface TakenOutcome {
  nodeId: string;
  outcomeId: string;
}

/** How a call ended, for the call log and the auto-reply decision. */
/** How a flow's run ended (shared's FLOW_OUTCOMES; the call log adds `rejected`). */
export type CallOutcome = FlowOutcome;

export interface CallContext {
  call: CallInput['call'];
  now: string;
  schedules: Readonly<Record<string, Schedule>>;
  /** Node entries plus retries; bounded by MAX_STEPS. */
  steps: number;
  lastNodeId: string | null;
  /** How many times in a row `lastNodeId` has been entered; bounded by MAX_REPEATS. */
  repeats: number;
  /** Every node entered, in order: the call's path on the canvas. */
  path: string[];
  /**
   * The outcome each node was left by, in order, recorded by the transition
   * that took it. Absent for calls started before outcomes were recorded:
   * for them, which outcome was taken is unknown.
   */
  taken?: TakenOutcome[];
  /** 1-based attempt of the current phone menu. */
  attempt: number;
  /** Position in a sequential ring list. */
  ringIndex: number;
  answered: boolean;
  voicemail: { durationSeconds: number; url?: string; nodeId: string } | null;
  callerHungUp: boolean;
  /**
   * The call ended at a hang-up step that blocks the caller. Absent from
   * calls started before blocking existed: for them, false.
   */
  blocked?: boolean;
  /** Why a runaway call was ended, when it was. */
  failure: string | null;
}

/** The machine's output once the call is over. */
export interface CallResult {
  outcome: CallOutcome;
  /** Auto-reply nodes this ending fires, in flow order. */
  autoReplies: string[];
  /** The node the call ended on (hang-up, auto-reply, or the node whose unconnected outcome ended it). */
  endedAt: string | null;
  reason: string | null;
  path: string[];
  /** The outcomes taken, as in the context; absent when unknown (see `CallContext.taken`). */
  taken?: TakenOutcome[];
}

/**
 * What the caller hears or the provider does now. Provider adapters render
 * these (TwiML for Twilio); the simulator describes them.
 */
export type Instruction =
  | {
      type: 'dial';
      nodeId: string;
      targets: RingTarget[];
      ringSeconds: number;
      strategy: 'simultaneous' | 'sequential';
      /** For forward-call: whose number the called party sees. */
      callerId?: 'caller' | 'business';
    }
  | { type: 'say'; nodeId: string; text: string; voice?: string; language: string }
  | { type: 'play'; nodeId: string; greetingId: string }
  | {
      type: 'gather';
      nodeId: string;
      prompt: Prompt;
      keys: string[];
      timeoutSeconds: number;
      attempt: number;
      attempts: number;
      /** Said before the prompt on a second or later attempt. */
      retryText?: string;
    }
  | {
      type: 'record';
      nodeId: string;
      greeting: Prompt;
      maxLengthSeconds: number;
      transcribe: boolean;
      playBeep: boolean;
      /** Keys the caller may press during the greeting, each an outcome of the node; absent when none. */
      keys?: string[];
    }
  | { type: 'hangup'; nodeId: string | null };
