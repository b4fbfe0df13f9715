import { type AutoReplyPreview, previewAutoReplies } from '@ringflow/flow-runtime';
import type { SimRun } from './prepare-run.js';
import { currentStep } from './session.js';

/** The guards the server applies before a text goes out; the simulator does not decide them yet. */
export const UNEVALUATED_GUARDS = ['cooldown', 'recent conversation', 'autoresponder'] as const;

/**
 * The texts a finished call would send, rendered with the call's facts at its
 * end; empty while the call goes on.
 *
 * @example
 * autoRepliesOf(run)[0]?.text; // 'Thanks for your message to Acme Plumbing. ...'
 */
export function autoRepliesOf(run: SimRun): AutoReplyPreview[] {
  const { view } = currentStep(run.session);
  if (!view.done || !view.result) return [];
  return previewAutoReplies(run.document, view.result.autoReplies, {
    at: new Date(view.snapshot.context.now),
    schedules: run.schedules,
    contact: { number: run.setup.from },
    business: run.business,
  });
}
