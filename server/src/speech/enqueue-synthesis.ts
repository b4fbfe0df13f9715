/**
 * @module
 * At publish, every sentence of the published flow (its say prompts, menu
 * retry texts, the default voicemail words) is queued for synthesis (once
 * per prompt as written, whatever flow says it), so calls <Play> Azure's
 * voice instead of Twilio's <Say> once it is made. A synthesis that failed
 * for good (or was cancelled) is queued again by the next publish.
 */
import { type FlowDocument, type SayPrompt, SayPromptSchema } from '@ringflow/shared';
import { enqueueOrRetry } from '../db/outbox.js';
import type { ServerDeps } from '../deps.js';
import { isTwilioVoice } from './is-twilio-voice.js';
import { nodeSentencesOf } from './node-sentences.js';
import type { SynthesizePayload } from './prompt-audio.js';
import { SYNTHESIZE_KIND, synthesizeKey } from './synthesize-job.js';

/**
 * Every say prompt in the document's nodes, wherever a node kind keeps it,
 * and the sentences nodes speak besides (`nodeSentencesOf`), each once.
 *
 * @example
 * sayPromptsOf(flow.draft); // [{ type: 'say', text: 'We are closed.', language: 'en-US' }]
 */
export function sayPromptsOf(document: FlowDocument): SayPrompt[] {
  const found = new Map<string, SayPrompt>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    if ((value as { type?: unknown }).type === 'say') {
      const parsed = SayPromptSchema.safeParse(value);
      if (parsed.success) {
        const p = parsed.data;
        found.set(JSON.stringify([p.text, p.voice ?? '', p.language]), p);
        return;
      }
    }
    for (const child of Object.values(value)) walk(child);
  };
  walk(document.nodes);
  for (const p of nodeSentencesOf(document)) {
    found.set(JSON.stringify([p.text, p.voice ?? '', p.language]), p);
  }
  return [...found.values()];
}

/**
 * Queues synthesis of the document's prompts, again for one that failed
 * before; call inside the publish transaction. Does nothing without Azure
 * Speech. Returns how many prompts were queued (new, retried, or already there).
 *
 * @example
 * await transaction(db, async () => {
 *   await publishRevision(...);
 *   await enqueueFlowSynthesis(deps, flow.draft);
 * });
 */
export async function enqueueFlowSynthesis(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'config'>,
  document: FlowDocument,
): Promise<number> {
  if (!deps.config.speech) return 0;
  let queued = 0;
  for (const prompt of sayPromptsOf(document)) {
    if (!prompt.text.trim() || isTwilioVoice(prompt.voice)) continue;
    const payload: SynthesizePayload = {
      text: prompt.text,
      voice: prompt.voice ?? null,
      language: prompt.language,
    };
    await enqueueOrRetry(deps.db, {
      kind: SYNTHESIZE_KIND,
      payload,
      idempotencyKey: synthesizeKey(payload),
      now: deps.clock.now(),
    });
    queued++;
  }
  return queued;
}
