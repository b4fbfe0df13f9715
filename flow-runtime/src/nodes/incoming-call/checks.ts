import type { NodeChecks } from '../define.js';

/** The entry has nothing of its own to check: the entry rule counts it. */
export const incomingCallChecks: NodeChecks<'incoming-call'> = () => [];
