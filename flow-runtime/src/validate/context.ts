import { twilioCatalogue, type VoiceCatalogue } from '@ringflow/shared';

/** The ids that exist outside the flow, so references to them can be checked. */
export interface ValidationContext {
  /** Ids that exist; when a list is absent that kind of reference is not checked. */
  scheduleIds?: Iterable<string>;
  memberIds?: Iterable<string>;
  greetingIds?: Iterable<string>;
  /**
   * The voices of the engine that speaks the flow's text prompts: Twilio's
   * `<Say>` voices when absent; the server passes Azure's when Azure is set up.
   */
  voices?: VoiceCatalogue;
}

/** The context as the rules read it: sets, looked up once per reference. */
export interface RuleContext {
  scheduleIds?: ReadonlySet<string>;
  memberIds?: ReadonlySet<string>;
  greetingIds?: ReadonlySet<string>;
  voices: VoiceCatalogue;
}

export function toRuleContext(context: ValidationContext = {}): RuleContext {
  const set = (ids?: Iterable<string>) => (ids ? new Set(ids) : undefined);
  return {
    scheduleIds: set(context.scheduleIds),
    memberIds: set(context.memberIds),
    greetingIds: set(context.greetingIds),
    voices: context.voices ?? twilioCatalogue,
  };
}
