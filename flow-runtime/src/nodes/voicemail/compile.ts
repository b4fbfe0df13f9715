import { uniqueVoicemailKeys, voicemailKeyOutcome } from '@ringflow/shared';
import { goTo, type NodeCompiler } from '../define.js';

/**
 * A recording of at least one second is a message; anything shorter is none.
 * A key pressed during the greeting leaves by its outcome; a key the node does
 * not list is not accepted, so the greeting plays again.
 */
export const voicemailCompiler: NodeCompiler<'voicemail'> = {
  state: (node, ctx) => {
    const keys = uniqueVoicemailKeys(node.data.keys);
    return {
      on: {
        RECORDING_DONE: [
          { guard: 'hasRecording', ...goTo(ctx, 'recorded', 'keepRecording') },
          goTo(ctx, 'no-message'),
        ],
        ...(keys.length > 0
          ? {
              DIGITS: keys.map((k) => ({
                guard: { type: 'digitsAre', params: { digits: k.digit } } as const,
                ...goTo(ctx, voicemailKeyOutcome(k.digit)),
              })),
            }
          : {}),
      },
    };
  },
  instruction: (node) => {
    const keys = uniqueVoicemailKeys(node.data.keys).map((k) => k.digit);
    return {
      type: 'record',
      nodeId: node.id,
      greeting: node.data.greeting,
      maxLengthSeconds: node.data.maxLengthSeconds,
      transcribe: node.data.transcribe,
      playBeep: node.data.playBeep,
      ...(keys.length > 0 ? { keys } : {}),
    };
  },
  events: (node) => [
    {
      type: 'RECORDING_DONE',
      durationSeconds: Math.min(12, node.data.maxLengthSeconds),
      url: `https://recordings.invalid/${node.id}.wav`,
    },
    { type: 'RECORDING_DONE', durationSeconds: 0 },
    ...uniqueVoicemailKeys(node.data.keys).map((k) => ({
      type: 'DIGITS' as const,
      digits: k.digit,
    })),
  ],
};
