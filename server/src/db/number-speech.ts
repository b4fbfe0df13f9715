import { type Connection, sqlOf } from './sql/connection.js';

export interface NumberSpeech {
  languages: string[];
  profanity: 'masked' | 'removed' | 'raw';
}

export const DEFAULT_NUMBER_SPEECH: NumberSpeech = { languages: ['en-US'], profanity: 'masked' };

/**
 * @example
 * getNumberSpeech(db, numberId); // { languages: ['en-US'], profanity: 'masked' } unless set
 */
export async function getNumberSpeech(db: Connection, numberId: string): Promise<NumberSpeech> {
  const row = await sqlOf(db).get<{ document: string }>(
    'SELECT document FROM number_speech WHERE phone_number_id = ?',
    [numberId],
  );
  if (!row) return { ...DEFAULT_NUMBER_SPEECH };
  const doc = JSON.parse(row.document) as Partial<NumberSpeech>;
  return {
    languages: doc.languages?.length ? doc.languages : DEFAULT_NUMBER_SPEECH.languages,
    profanity: doc.profanity ?? DEFAULT_NUMBER_SPEECH.profanity,
  };
}

export async function putNumberSpeech(
  db: Connection,
  numberId: string,
  speech: NumberSpeech,
  at: string,
): Promise<void> {
  await sqlOf(db).run(
    `INSERT INTO number_speech (phone_number_id, document, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (phone_number_id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at`,
    [numberId, JSON.stringify({ languages: speech.languages, profanity: speech.profanity }), at],
  );
}
