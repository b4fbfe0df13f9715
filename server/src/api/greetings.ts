import {
  changeGreetingSpeech,
  deleteGreeting,
  type Greeting,
  getGreeting,
  insertAudioGreeting,
  insertTtsGreeting,
  listGreetings,
  renameGreeting,
  replaceGreetingAudio,
} from '../db/greetings.js';
import { type Connection, transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import {
  checkGreetingFile,
  GreetingFileError,
  storeGreetingFile,
} from '../greetings/greeting-file.js';
import { greetingFilename } from '../greetings/greeting-filename.js';
import {
  initialSynthesisStatus,
  queueGreetingSynthesis,
  retryGreetingSynthesis,
} from '../greetings/synthesis.js';
import { newId } from '../ids.js';
import { audioPath, removeAudioFile } from '../media/audio-file.js';
import { fileResponse } from '../media/file-response.js';
import { auditChange } from './audit-change.js';
import { ApiError, badField, conflict, notFound } from './errors.js';
import { greetingsInUse } from './flows-using.js';
import {
  audioRoute,
  deleteRoute,
  getRoute,
  listRoute,
  patchRoute,
  replaceRoute,
  ttsRoute,
  uploadRoute,
} from './greeting-routes.js';
import { toGreeting } from './greeting-schemas.js';
import { router } from './router.js';

/** Checks an uploaded file; a problem becomes a 400 or 413 naming `file`. */
async function checkFile(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return { bytes, checked: await checkGreetingFile(bytes) };
  } catch (error) {
    if (!(error instanceof GreetingFileError)) throw error;
    if (error.status === 400) badField('file', error.message);
    throw new ApiError(413, 'too_large', `file: ${error.message}`, [
      { path: 'file', message: error.message },
    ]);
  }
}

/** The greetings library (see docs/greetings.md). */
export function greetingsApi(deps: ServerDeps) {
  const { db, clock, config, log } = deps;
  const now = () => clock.now().toISOString();
  const shown = async (greeting: Greeting) =>
    toGreeting(greeting, (await greetingsInUse(db)).get(greeting.id) ?? []);
  /**
   * Inside a transaction, pass it as `on`: on PostgreSQL another connection of
   * the pool would not see what the transaction wrote, nor wait for its locks.
   */
  const existing = async (id: string, on: Connection = db) =>
    (await getGreeting(on, id)) ?? notFound('greeting', id);
  /** A file no row points to any more; failing to remove it only leaves litter, so it is logged. */
  const discard = async (file: string | null) => {
    if (!file) return;
    await removeAudioFile(config.dataDir, file).catch((error) =>
      log.warn('greeting file not removed', { file, error: String(error) }),
    );
  };

  return router()
    .openapi(listRoute, async (c) => {
      const usage = await greetingsInUse(db);
      const greetings = (await listGreetings(db)).map((g) => toGreeting(g, usage.get(g.id) ?? []));
      return c.json({ greetings }, 200);
    })
    .openapi(getRoute, async (c) =>
      c.json(await shown(await existing(c.req.valid('param').id)), 200),
    )
    .openapi(uploadRoute, async (c) => {
      const { name, source, file } = c.req.valid('form');
      const { bytes, checked } = await checkFile(file);
      const id = newId('greet');
      const audio = await storeGreetingFile(config.dataDir, { id, version: 1 }, checked, bytes);
      try {
        const greeting = await transaction(db, async (tx) => {
          const created = await insertAudioGreeting(tx, { id, name, source, audio, at: now() });
          await auditChange({ ...deps, db: tx }, c, 'greeting.create', id, {
            name,
            source,
            bytes: audio.bytes,
          });
          return created;
        });
        return c.json(await shown(greeting), 201);
      } catch (error) {
        await discard(audio.file);
        throw error;
      }
    })
    .openapi(ttsRoute, async (c) => {
      const body = c.req.valid('json');
      const greeting = await transaction(db, async (tx) => {
        const synthesisStatus = initialSynthesisStatus(config);
        const created = await insertTtsGreeting(tx, {
          id: newId('greet'),
          ...body,
          synthesisStatus,
          at: now(),
        });
        if (synthesisStatus === 'pending') await queueGreetingSynthesis(tx, created, clock.now());
        await auditChange({ ...deps, db: tx }, c, 'greeting.create', created.id, {
          name: body.name,
          source: 'tts',
        });
        return created;
      });
      return c.json(await shown(greeting), 201);
    })
    .openapi(patchRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const { before, after } = await transaction(db, async (tx) => {
        const current = await existing(id, tx);
        const speech = {
          text: body.text ?? current.text,
          voice: body.voice ?? current.voice,
          language: body.language ?? current.language,
        };
        const speechChanged =
          speech.text !== current.text ||
          speech.voice !== current.voice ||
          speech.language !== current.language;
        if (speechChanged && current.source !== 'tts') {
          const field = ['text', 'voice', 'language'].find((f) => f in body) ?? 'text';
          badField(field, 'Only a text-to-speech greeting has words to speak; replace its audio');
        }
        if (body.name !== undefined && body.name !== current.name) {
          await renameGreeting(tx, id, body.name, now());
        }
        if (speechChanged && speech.text && speech.voice && speech.language) {
          const synthesisStatus = initialSynthesisStatus(config);
          const text = { text: speech.text, voice: speech.voice, language: speech.language };
          if (
            !(await changeGreetingSpeech(
              tx,
              id,
              current.version,
              { ...text, synthesisStatus },
              now(),
            ))
          ) {
            conflict(`Greeting "${current.name}" changed meanwhile; reload it and try again`);
          }
          if (synthesisStatus === 'pending') {
            await queueGreetingSynthesis(tx, { id, version: current.version + 1 }, clock.now());
          }
        } else if (!speechChanged && ['text', 'voice', 'language'].some((f) => f in body)) {
          // The same words saved again: a synthesis that failed is tried again.
          await retryGreetingSynthesis(tx, config, current, clock.now());
        }
        await auditChange({ ...deps, db: tx }, c, 'greeting.update', id, body);
        return { before: current, after: await existing(id, tx) };
      });
      // What the old version said is no longer played by anyone.
      if (before.file && after.file !== before.file) await discard(before.file);
      return c.json(await shown(after), 200);
    })
    .openapi(replaceRoute, async (c) => {
      const { id } = c.req.valid('param');
      const current = await existing(id);
      const { bytes, checked } = await checkFile(c.req.valid('form').file);
      const next = { id, version: current.version + 1 };
      const audio = await storeGreetingFile(config.dataDir, next, checked, bytes);
      let replaced = false;
      try {
        replaced = await transaction(db, async (tx) => {
          if (!(await replaceGreetingAudio(tx, id, current.version, audio, now()))) return false;
          await auditChange({ ...deps, db: tx }, c, 'greeting.replace', id, {
            name: current.name,
            version: next.version,
            bytes: audio.bytes,
          });
          return true;
        });
      } finally {
        // Another replace of the same version may have won and written the same name: keep its file.
        if (!replaced && (await getGreeting(db, id))?.file !== audio.file)
          await discard(audio.file);
      }
      if (!replaced) {
        if (!(await getGreeting(db, id))) notFound('greeting', id);
        conflict(`Greeting "${current.name}" changed meanwhile; reload it and try again`);
      }
      // The row points at the new file now; the old one is no longer served.
      if (current.file !== audio.file) await discard(current.file);
      return c.json(await shown(await existing(id)), 200);
    })
    .openapi(deleteRoute, async (c) => {
      const { id } = c.req.valid('param');
      const removed = await transaction(db, async (tx) => {
        const greeting = await existing(id, tx);
        const usedBy = (await greetingsInUse(tx)).get(id) ?? [];
        if (usedBy.length > 0) {
          throw new ApiError(
            409,
            'in_use',
            `"${greeting.name}" is played by ${usedBy.join(', ')}; choose another greeting there first`,
          );
        }
        await deleteGreeting(tx, id);
        await auditChange({ ...deps, db: tx }, c, 'greeting.delete', id, { name: greeting.name });
        return greeting;
      });
      await discard(removed.file);
      return c.body(null, 204);
    })
    .openapi(audioRoute, async (c) => {
      const { id } = c.req.valid('param');
      const greeting = await existing(id);
      const noAudio = (): never => {
        throw new ApiError(404, 'not_found', `Greeting "${greeting.name}" has no audio yet`);
      };
      if (!greeting.file) return noAudio();
      const response = await fileResponse(audioPath(config.dataDir, greeting.file), {
        contentType: greeting.contentType ?? 'application/octet-stream',
        range: c.req.header('Range'),
        cacheControl: 'private, no-cache',
        downloadName:
          c.req.valid('query').download === '1' ? greetingFilename(greeting) : undefined,
      });
      return response ?? noAudio();
    });
}
