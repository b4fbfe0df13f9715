/**
 * @module
 * How each number's voicemails are transcribed: the languages spoken (one,
 * or up to four for the engine to choose from) and what to do with
 * profanity. A number without a row uses `DEFAULT_NUMBER_SPEECH`.
 */
import type { Db } from './database.js';
import { sql } from './statements.js';

export interface NumberSpeech {
  languages: string[];
  profanity: 'masked' | 'removed' | 'raw';
}

export const DEFAULT_NUMBER_SPEECH: NumberSpeech = { languages: ['en-US'], profanity: 'masked' };

/**
 * @example
 * getNumberSpeech(db, numberId); // { languages: ['en-US'], profanity: 'masked' } unless set
 */
export function getNumberSpeech(db: Db, numberId: string): NumberSpeech {
  const row = sql<[string], { document: string }>(
    db,
    'SELECT document FROM number_speech WHERE phone_number_id = ?',
  ).get(numberId);
  if (!row) return { ...DEFAULT_NUMBER_SPEECH };
  const doc = JSON.parse(row.document) as Partial<NumberSpeech>;
  return {
    languages: doc.languages?.length ? doc.languages : DEFAULT_NUMBER_SPEECH.languages,
    profanity: doc.profanity ?? DEFAULT_NUMBER_SPEECH.profanity,
  };
}

export function putNumberSpeech(db: Db, numberId: string, speech: NumberSpeech, at: string): void {
  sql(
    db,
    `INSERT INTO number_speech (phone_number_id, document, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (phone_number_id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at`,
  ).run(numberId, JSON.stringify({ languages: speech.languages, profanity: speech.profanity }), at);
}
