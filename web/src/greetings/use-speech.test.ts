import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client.js';
import { forgetSpeechAnswers, speechCatalogue, unreadCatalogue } from './use-speech.js';

afterEach(() => {
  vi.unstubAllGlobals();
  forgetSpeechAnswers();
});

describe('the voice catalogue the designer checks prompts against', () => {
  it('says Azure did not answer when the server reports a 502', () => {
    expect(unreadCatalogue(new ApiError(502, 'timed out', 'speech'))).toEqual({
      engine: 'Azure Speech',
      voices: [],
      unavailable: 'Azure Speech did not answer (timed out)',
    });
  });

  it('says the list could not be read for any other failure, instead of judging by Twilio’s list', () => {
    expect(unreadCatalogue(new ApiError(500, 'database locked', 'error'))).toEqual({
      engine: 'the speech engine',
      voices: [],
      unavailable: 'the voice list could not be read (database locked)',
    });
  });

  it('never rejects: a server out of reach gives a catalogue that says why', async () => {
    forgetSpeechAnswers();
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const catalogue = await speechCatalogue();
    expect(catalogue?.voices).toEqual([]);
    expect(catalogue?.unavailable).toMatch(/^the voice list could not be read \(Cannot reach/);
  });

  it('is undefined (Twilio’s voices) when Twilio speaks', async () => {
    forgetSpeechAnswers();
    vi.stubGlobal('fetch', async () =>
      Response.json({ engine: 'twilio', languages: ['en-US'], voices: [] }),
    );
    expect(await speechCatalogue()).toBeUndefined();
  });
});
