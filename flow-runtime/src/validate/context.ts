/** The ids that exist outside the flow, so references to them can be checked. */
export interface ValidationContext {
  /** Ids that exist; when a list is absent that kind of reference is not checked. */
  scheduleIds?: Iterable<string>;
  memberIds?: Iterable<string>;
  greetingIds?: Iterable<string>;
}

/** The context as the rules read it: sets, looked up once per reference. */
export interface RuleContext {
  scheduleIds?: ReadonlySet<string>;
  memberIds?: ReadonlySet<string>;
  greetingIds?: ReadonlySet<string>;
}

export function toRuleContext(context: ValidationContext = {}): RuleContext {
  const set = (ids?: Iterable<string>) => (ids ? new Set(ids) : undefined);
  return {
    scheduleIds: set(context.scheduleIds),
    memberIds: set(context.memberIds),
    greetingIds: set(context.greetingIds),
  };
}
