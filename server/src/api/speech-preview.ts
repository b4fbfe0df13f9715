/**
 * @module
 * `POST /speech/preview`: hear a say prompt before publishing. The audio is
 * the very file calls will play: the prompt's speech-cache key is the one the
 * publish-time job uses, so a preview's synthesis is reused by live calls and
 * a prompt already made is answered from the cache without asking Azure.
 * Without Azure Speech there is nothing to preview: Twilio's <Say> speaks the
 * text during the call itself.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { SAY_MAX_CHARS } from '@ringflow/shared';
import { getSpeechCache, type SpeechCacheEntry } from '../db/speech-cache.js';
import type { ServerDeps } from '../deps.js';
import { mediaUrl } from '../media/signing.js';
import { speechMediaPath } from '../media/speech-media.js';
import { DEFAULT_SPEECH_TIMEOUTS, speechEngine } from '../speech/engine.js';
import { isTwilioVoice } from '../speech/is-twilio-voice.js';
import { previewQuota } from '../speech/preview-quota.js';
import { promptKey } from '../speech/prompt-audio.js';
import { synthesizePrompt } from '../speech/prompt-synthesis.js';
import { ApiError, badField, ErrorSchema, errorBody, errorResponses } from './errors.js';
import { router } from './router.js';
import { json, jsonBody } from './schemas.js';

const PreviewRequestSchema = z
  .strictObject({
    text: z
      .string()
      .max(
        SAY_MAX_CHARS,
        `At most ${SAY_MAX_CHARS.toLocaleString('en-US')} characters: calls speak no more in one prompt`,
      )
      .refine((text) => text.trim().length > 0, 'Type the words to speak')
      .openapi({ description: 'The words, exactly as the prompt has them' }),
    voice: z.string().max(64).optional().openapi({
      description: "An Azure voice of the language; absent or '': the engine's default voice",
      example: 'en-US-JennyNeural',
    }),
    language: z.string().min(1, 'Give a language tag such as en-US').max(16).openapi({
      example: 'en-US',
    }),
  })
  .openapi('SpeechPreviewRequest');

const PreviewSchema = z
  .object({
    url: z.string().openapi({
      description:
        'Signed path of the WAV on this server, playable without a login: the file calls <Play>',
      example: '/media/speech/9f86d08…?sig=5f0c…',
    }),
    durationSeconds: z.number().nullable().openapi({ example: 2.4 }),
    cached: z.boolean().openapi({
      description: 'true: the prompt was synthesised before (a publish or an earlier preview)',
    }),
  })
  .openapi('SpeechPreview');

const previewRoute = createRoute({
  method: 'post',
  path: '/speech/preview',
  tags: ['Speech'],
  summary: "Hear a say prompt as calls will: Azure's audio, synthesised now or from the cache",
  request: { body: jsonBody(PreviewRequestSchema) },
  responses: {
    200: json(PreviewSchema, 'The audio to play'),
    ...errorResponses(400),
    409: json(ErrorSchema, "Azure Speech is not set up: Twilio's <Say> speaks text, unheard here"),
    429: json(ErrorSchema, 'Too many previews synthesised lately; `Retry-After` says when'),
    502: json(ErrorSchema, 'Azure Speech refused, failed or did not answer'),
  },
});

const NO_AZURE =
  "There is no preview: text is spoken by Twilio's <Say> voice on calls. Set AZURE_SPEECH_KEY and AZURE_SPEECH_REGION to synthesise prompts with Azure Speech and hear them here (see docs/speech.md)";

export function speechPreviewApi(deps: ServerDeps) {
  const { clock, config } = deps;
  const engine = speechEngine(config, { clock, timeouts: DEFAULT_SPEECH_TIMEOUTS });
  const quota = previewQuota(clock);
  // The same prompt previewed twice at once is synthesised once.
  const inFlight = new Map<string, Promise<SpeechCacheEntry>>();

  const answer = async (entry: SpeechCacheEntry, cached: boolean) => ({
    // Relative: the browser fetches it from the server it talks to, whatever PUBLIC_BASE_URL says.
    url: (await mediaUrl(deps, speechMediaPath(entry.key))).slice(config.publicBaseUrl.length),
    durationSeconds: entry.durationSeconds,
    cached,
  });

  return router().openapi(previewRoute, async (c) => {
    const { text, voice: named, language } = c.req.valid('json');
    if (!engine) throw new ApiError(409, 'no_speech_engine', NO_AZURE);
    const voice = named || null;
    if (isTwilioVoice(voice)) {
      badField(
        'voice',
        `"${voice}" is a Twilio voice: calls speak it with Twilio's <Say>, which has no preview; choose an Azure voice`,
      );
    }
    const prompt = { text, voice, language };
    const key = promptKey(prompt);
    const made = await getSpeechCache(deps.db, key);
    if (made) return c.json(await answer(made, true), 200);

    let voices: Awaited<ReturnType<typeof engine.voices>>;
    try {
      voices = await engine.voices();
    } catch (error) {
      throw new ApiError(502, 'speech_unavailable', (error as Error).message);
    }
    const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
    const spoken = voices.filter((v) => same(v.language, language));
    if (spoken.length === 0) {
      badField('language', `Azure Speech has no voice for "${language}": use a tag like en-US`);
    }
    if (voice && !spoken.some((v) => same(v.name, voice))) {
      badField(
        'voice',
        `"${voice}" is not an Azure voice for ${language}; choose one such as ${spoken[0]?.name}`,
      );
    }

    let pending = inFlight.get(key);
    if (!pending) {
      const allowed = quota.take(c.get('caller').user.id);
      if (!allowed.ok) {
        const wait = allowed.retryAfterSeconds;
        return c.json(
          errorBody(
            'too_many_previews',
            `Too many previews synthesised lately; try again in ${wait} s (prompts heard before still play from the cache)`,
          ),
          429,
          { 'Retry-After': String(wait) },
        );
      }
      pending = synthesizePrompt(deps, engine, prompt).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    try {
      return c.json(await answer(await pending, false), 200);
    } catch (error) {
      throw new ApiError(502, 'speech_failed', (error as Error).message);
    }
  });
}
