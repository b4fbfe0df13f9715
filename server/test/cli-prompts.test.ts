import { describe, expect, it } from 'vitest';
import { describePrompt, describePromptShort } from '../src/cli/call/prompts.js';

/** How `ringflow call` prints what a `<Play>` plays. */
describe('the CLI reading a <Play>', () => {
  const signed = `https://rf.example.com/media/greetings/greet_Ab-1/3?sig=${'5f'.repeat(32)}`;

  it('names a greeting of the library by id and version, not its signed URL', () => {
    expect(describePrompt({ verb: 'Play', url: signed })).toBe(
      'Plays greeting greet_Ab-1 (version 3)',
    );
    expect(describePromptShort({ verb: 'Play', url: signed })).toBe(
      '[greeting greet_Ab-1 (version 3)]',
    );
  });

  it('shows any other audio by its URL', () => {
    const url = 'https://cdn.example.com/hold-music.mp3';
    expect(describePrompt({ verb: 'Play', url })).toBe(`Plays audio ${url}`);
  });
});
