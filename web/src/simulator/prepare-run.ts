import { compileFlow, validateFlow } from '@ringflow/flow-runtime';
import {
  type AutoReplySettings,
  defaultAutoReplySettings,
  type FlowDocument,
  type Schedule,
} from '@ringflow/shared';
import type { Replay } from './replay.js';
import { type SimSession, startSession } from './session.js';
import type { SimSetup } from './setup.js';
import { zonedInstant } from './zoned-time.js';

/** A simulated call with what its ending needs: the flow it runs and who the business is. */
export interface SimRun {
  session: SimSession;
  document: FlowDocument;
  setup: SimSetup;
  /** The number called and the business name its texts sign with. */
  business: { number: string; name: string };
  schedules: Readonly<Record<string, Schedule>>;
  /** Set when the chosen local time was skipped or repeated by a clock change. */
  note: string | null;
  /** Set when the run replays a real call from the call log. */
  replay?: Replay;
  /** For a call on the draft: the draft it started on (see draft-key.ts), to tell when it changed. */
  draftKey?: string;
  autoReplies: NumberAutoReplies;
}

/** The auto-reply settings of the number that runs the flow, which the call's ending is decided with. */
export interface NumberAutoReplies {
  settings: AutoReplySettings;
  /** The number's schedule, which its rules follow. */
  scheduleId: string | null;
  /** "Main line (+14155550100)"; null when no number uses the flow and the defaults apply. */
  numberLabel: string | null;
}

export interface RunContext {
  memberIds: string[];
  /**
   * The team as the server sees it, so members in do-not-disturb at the
   * call's time are not rung; without it every target rings.
   */
  members?: readonly { id: string; addresses: string[]; dndUntil: string | null }[];
  /** Greeting lengths, so playing one moves the call's clock. */
  greetings?: readonly { id: string; durationSeconds?: number | null }[];
  schedules: readonly Schedule[];
  business: { number: string; name: string };
  /** Without it, no rules and the default guards. */
  autoReplies?: NumberAutoReplies;
}

/**
 * Checks and compiles `flow` (the draft or a revision, as JSON) and starts a
 * call at the setup's local time (or at the instant `at`, to replay a real
 * call to the second). Throws an Error whose message a tester can
 * act on when the flow cannot run.
 *
 * @example
 * const run = prepareRun(toDocument(meta, nodes, edges), setup, { memberIds, schedules, business });
 */
export function prepareRun(
  flow: unknown,
  setup: SimSetup,
  context: RunContext,
  at?: string,
): SimRun {
  const { document, findings } = validateFlow(flow, {
    memberIds: context.memberIds,
    scheduleIds: context.schedules.map((s) => s.id),
  });
  if (!document) {
    throw new Error(`This flow cannot run: ${findings[0]?.message ?? 'it does not parse'}`);
  }
  const { instant, note } = at
    ? { instant: at, note: null }
    : zonedInstant(setup.date, setup.time, setup.timeZone);
  const schedules = Object.fromEntries(context.schedules.map((s) => [s.id, s]));
  const lengths = new Map(context.greetings?.map((g) => [g.id, g.durationSeconds ?? null]));
  const session = startSession(
    compileFlow(document),
    { call: { from: setup.from.trim(), to: context.business.number }, at: instant, schedules },
    {
      members: context.members ? new Map(context.members.map((m) => [m.id, m])) : null,
      greetingSeconds: (id) => lengths.get(id),
    },
  );
  const autoReplies = context.autoReplies ?? {
    settings: defaultAutoReplySettings(),
    scheduleId: null,
    numberLabel: null,
  };
  return { session, document, setup, business: context.business, schedules, note, autoReplies };
}
