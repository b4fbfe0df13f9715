/**
 * @module
 * The names a greeting's audio goes by outside Ringflow: the file a person
 * downloads (named after the greeting, safe in any file system and in a
 * header) and its entry in the workspace export (named after its id and
 * version, so it never collides).
 */
import { extname } from 'node:path';
import type { Greeting } from '../db/greetings.js';

function extensionOf(greeting: Pick<Greeting, 'file' | 'contentType'>): string {
  const ext = greeting.file ? extname(greeting.file).replace(/[^a-z0-9.]/gi, '') : '';
  if (ext.length > 1) return ext;
  if (greeting.contentType?.includes('mpeg')) return '.mp3';
  return greeting.contentType?.includes('wav') ? '.wav' : '.audio';
}

/**
 * The name of a greeting's audio as a download.
 *
 * @example
 * greetingFilename({ id: 'greet_1', name: 'Welcome – main line', version: 2, file: 'greetings/greet_1-v2.wav', contentType: 'audio/wav' });
 * // "greeting-welcome-main-line-v2.wav"
 */
export function greetingFilename(
  greeting: Pick<Greeting, 'id' | 'name' | 'version' | 'file' | 'contentType'>,
): string {
  const slug =
    greeting.name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || greeting.id.replace(/[^a-z0-9_]/gi, '');
  return `greeting-${slug}-v${greeting.version}${extensionOf(greeting)}`;
}

/**
 * Where a greeting's audio is in the export archive.
 *
 * @example
 * greetingArchivePath({ id: 'greet_1', version: 2, file: 'greetings/greet_1-v2.wav', contentType: 'audio/wav' });
 * // "greetings/greet_1-v2.wav"
 */
export function greetingArchivePath(
  greeting: Pick<Greeting, 'id' | 'version' | 'file' | 'contentType'>,
): string {
  return `greetings/${greeting.id}-v${greeting.version}${extensionOf(greeting)}`;
}
