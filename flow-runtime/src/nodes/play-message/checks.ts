import type { NodeChecks } from '../define.js';

/** Its prompt is checked with every prompt (prompts and speech rules). */
export const playMessageChecks: NodeChecks<'play-message'> = () => [];
