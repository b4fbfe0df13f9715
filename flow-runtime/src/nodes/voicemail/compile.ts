import { goTo, type NodeCompiler } from '../define.js';

/** A recording of at least one second is a message; anything shorter is none. */
export const voicemailCompiler: NodeCompiler<'voicemail'> = {
  state: (_node, ctx) => ({
    on: {
      RECORDING_DONE: [
        { guard: 'hasRecording', ...goTo(ctx, 'recorded', 'keepRecording') },
        goTo(ctx, 'no-message'),
      ],
    },
  }),
  instruction: (node) => ({
    type: 'record',
    nodeId: node.id,
    greeting: node.data.greeting,
    maxLengthSeconds: node.data.maxLengthSeconds,
    transcribe: node.data.transcribe,
    playBeep: node.data.playBeep,
  }),
  events: (node) => [
    {
      type: 'RECORDING_DONE',
      durationSeconds: Math.min(12, node.data.maxLengthSeconds),
      url: `https://recordings.invalid/${node.id}.wav`,
    },
    { type: 'RECORDING_DONE', durationSeconds: 0 },
  ],
};
