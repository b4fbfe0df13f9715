/**
 * @module
 * Speech set-up as the admin sees it: which engine speaks and transcribes
 * (Azure Speech, or Twilio's <Say> and transcription), the voices to pick
 * from, and each number's transcription languages and profanity option.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { languagesOf, type SpeechVoice, twilioVoices } from '@ringflow/shared';
import { getNumberSpeech, putNumberSpeech } from '../db/number-speech.js';
import { getNumber } from '../db/numbers.js';
import { transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { DEFAULT_SPEECH_TIMEOUTS, speechEngine, speechProblem } from '../speech/engine.js';
import { auditChange } from './audit-change.js';
import { ApiError, ErrorSchema, errorResponses, notFound } from './errors.js';
import { router } from './router.js';
import { IdParams, json, jsonBody } from './schemas.js';

const tags = ['Speech'];

/** BCP 47 as speech services write it: en-US, de-DE, zh-Hans-CN, es-419. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))$/;

const StatusSchema = z
  .object({
    engine: z
      .enum(['azure'])
      .nullable()
      .openapi({ description: 'null: no speech engine is set up' }),
    problem: z
      .string()
      .nullable()
      .openapi({ description: 'What is not set up, and what happens meanwhile' }),
    twilioTranscription: z.boolean().openapi({
      description:
        'Voicemails are transcribed by Twilio (when the voicemail node asks), as Azure is not set up',
    }),
  })
  .openapi('SpeechStatus');

const VoiceSchema = z
  .object({
    name: z.string().openapi({ example: 'en-US-JennyNeural' }),
    language: z.string().openapi({ example: 'en-US' }),
    label: z.string(),
    gender: z.enum(['female', 'male', 'neutral']),
  })
  .openapi('SpeechVoice');

const VoicesSchema = z
  .object({
    engine: z.enum(['azure', 'twilio']),
    voices: z.array(VoiceSchema),
    languages: z.array(z.string()).openapi({
      description:
        "Every language the engine has a voice for, sorted, whatever `language` filters: what the language pickers offer (Azure's voices' languages, or Twilio's <Say> languages)",
      example: ['de-DE', 'en-GB', 'en-US'],
    }),
  })
  .openapi('SpeechVoices');

export const NumberSpeechSchema = z
  .strictObject({
    languages: z
      .array(z.string().regex(LANGUAGE_TAG, 'Write a language tag such as en-US, de-DE or fr-CA'))
      .min(1, 'Give at least one language')
      .max(4, 'Give at most four languages: the engine picks among them')
      .openapi({
        description: 'One language, or two to four for the engine to detect which is spoken',
        example: ['en-US', 'es-US'],
      }),
    profanity: z.enum(['masked', 'removed', 'raw']).openapi({
      description: 'masked: swear words as ***; removed: left out; raw: written as said',
    }),
  })
  .openapi('NumberSpeech');

const statusRoute = createRoute({
  method: 'get',
  path: '/speech',
  tags,
  summary: 'Which engine speaks prompts and transcribes voicemails',
  responses: { 200: json(StatusSchema, 'The speech set-up') },
});
const voicesRoute = createRoute({
  method: 'get',
  path: '/speech/voices',
  tags,
  summary:
    "The voices to pick from: Azure's when set up (cached for an hour), else Twilio's <Say> voices",
  request: {
    query: z.object({
      language: z
        .string()
        .max(16)
        .optional()
        .openapi({ description: 'Only voices of this language', example: 'en-US' }),
    }),
  },
  responses: {
    200: json(VoicesSchema, 'The voices'),
    502: json(ErrorSchema, 'Azure Speech refused or did not answer'),
  },
});
const getNumberRoute = createRoute({
  method: 'get',
  path: '/numbers/{id}/speech',
  tags,
  summary: "How the number's voicemails are transcribed",
  request: { params: IdParams },
  responses: { 200: json(NumberSpeechSchema, 'The settings'), ...errorResponses(404) },
});
const putNumberRoute = createRoute({
  method: 'put',
  path: '/numbers/{id}/speech',
  tags,
  summary: "Set the number's transcription languages and profanity option",
  request: { params: IdParams, body: jsonBody(NumberSpeechSchema) },
  responses: { 200: json(NumberSpeechSchema, 'The settings'), ...errorResponses(400, 404) },
});

export function speechApi(deps: ServerDeps) {
  const { db, clock, config } = deps;
  const engine = speechEngine(config, { clock, timeouts: DEFAULT_SPEECH_TIMEOUTS });
  return router()
    .openapi(statusRoute, (c) =>
      c.json(
        {
          engine: engine ? ('azure' as const) : null,
          problem: speechProblem(config),
          twilioTranscription: !engine,
        },
        200,
      ),
    )
    .openapi(voicesRoute, async (c) => {
      const { language } = c.req.valid('query');
      const of = (v: { language: string }) =>
        !language || v.language.toLowerCase() === language.toLowerCase();
      // Transcription languages are offered from the same list: Azure's speech-to-text
      // locales are broadly its voices' tags, and without Azure nothing reads them yet.
      const languages = (voices: readonly SpeechVoice[]) => languagesOf(voices).sort();
      if (!engine) {
        return c.json(
          {
            engine: 'twilio' as const,
            voices: twilioVoices.filter(of),
            languages: languages(twilioVoices),
          },
          200,
        );
      }
      try {
        const voices = await engine.voices();
        return c.json(
          { engine: 'azure' as const, voices: voices.filter(of), languages: languages(voices) },
          200,
        );
      } catch (error) {
        throw new ApiError(502, 'speech_unavailable', (error as Error).message);
      }
    })
    .openapi(getNumberRoute, async (c) => {
      const { id } = c.req.valid('param');
      if (!(await getNumber(db, id))) notFound('number', id);
      return c.json(await getNumberSpeech(db, id), 200);
    })
    .openapi(putNumberRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const saved = await transaction(db, async (tx) => {
        if (!(await getNumber(tx, id))) notFound('number', id);
        await putNumberSpeech(tx, id, body, clock.now().toISOString());
        await auditChange({ ...deps, db: tx }, c, 'number.speech', id, body);
        return await getNumberSpeech(tx, id);
      });
      return c.json(saved, 200);
    });
}
