/**
 * @module
 * Sending a greeting's file: a new greeting (POST /greetings) or a new
 * version of one (PUT /greetings/{id}/audio), as multipart/form-data.
 */
import { api } from '../api/client.js';
import type { Greeting } from './types.js';

/**
 * Adds a greeting from an uploaded or recorded file.
 *
 * @example
 * await createGreeting('Welcome', 'upload', file);
 */
export function createGreeting(
  name: string,
  source: 'upload' | 'recording',
  file: Blob,
  fileName = 'greeting.wav',
): Promise<Greeting> {
  const form = new FormData();
  form.set('name', name);
  form.set('source', source);
  form.set('file', file, fileName);
  return api<Greeting>('POST', '/greetings', form);
}

/**
 * Replaces a greeting's file; the server bumps its version, so flows play the new one.
 *
 * @example
 * await replaceGreetingFile(greeting.id, file);
 */
export function replaceGreetingFile(id: string, file: File): Promise<Greeting> {
  const form = new FormData();
  form.set('file', file, file.name);
  return api<Greeting>('PUT', `/greetings/${encodeURIComponent(id)}/audio`, form);
}
