/** Twilio Studio's limits against runaway flows, copied: a call ends after this many steps... */
export const MAX_STEPS = 1000;
/** ...or when the same node runs this many times in a row. */
export const MAX_REPEATS = 10;
/** Generated scenarios shown at most: more ways through a flow than anyone reads. */
export const MAX_SCENARIOS = 200;
/** Machine steps a path search may take (its work budget), over all instants. */
export const MAX_PATH_STEPS = 20_000;
/**
 * Steps times nodes a scenario generation may spend: a step of a big flow
 * costs more, so a 2,000-node flow gets 3,000 steps (enough for a chain's
 * 1,000-step call at three instants), a 100-node flow the full 20,000.
 */
export const MAX_PATH_WORK = 6_000_000;
