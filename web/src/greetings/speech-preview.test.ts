import { describe, expect, it } from 'vitest';
import { previewBlocker } from './speech-preview.js';

describe('when a say prompt can be previewed', () => {
  it("is never without Azure: Twilio's <Say> speaks the text live, on the call", () => {
    const reason = previewBlocker(
      { engine: null, problem: 'AZURE_SPEECH_KEY …', twilioTranscription: true },
      'Hello',
    );
    expect(reason).toMatch(/^No preview: Twilio's <Say> voice speaks this text live on calls/);
    expect(reason).toContain('docs/speech.md');
  });

  it('is once there are words to speak, with Azure set up', () => {
    const azure = { engine: 'azure' as const, problem: null, twilioTranscription: false };
    expect(previewBlocker(azure, '   ')).toBe('Type the words to speak first');
    expect(previewBlocker(azure, 'Hello')).toBeNull();
  });
});
