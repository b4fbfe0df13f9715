/** Twilio Studio's limits against runaway flows, copied: a call ends after this many steps... */
export const MAX_STEPS = 1000;
/** ...or when the same node runs this many times in a row. */
export const MAX_REPEATS = 10;
