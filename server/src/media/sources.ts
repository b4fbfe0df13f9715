/**
 * @module
 * Every kind of media served under `/media/<name>/...`. Adding a kind is one
 * line here and a file exporting its routes.
 */
import type { Hono } from 'hono';
import type { ServerDeps } from '../deps.js';
import { greetingMedia } from './greeting-media.js';
import { speechMedia } from './speech-media.js';

/** One kind of media: served at `/media/<name>/...`, behind the signature check. */
export interface MediaSource {
  name: string;
  routes(deps: ServerDeps): Hono;
}

export const MEDIA_SOURCES: readonly MediaSource[] = [
  { name: 'greetings', routes: greetingMedia },
  { name: 'speech', routes: speechMedia },
];
