import type { NodeChecks } from '../define.js';

/** Hanging up has no settings that can be wrong. */
export const hangUpChecks: NodeChecks<'hang-up'> = () => [];
