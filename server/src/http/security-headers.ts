/**
 * @module
 * The security headers on every answer: a Content-Security-Policy that lets
 * the designer (web/dist) and the API's documentation (/api/docs, served from
 * the swagger-ui-dist package) load only from this origin, no framing, no
 * MIME sniffing, no referrer. The web app has no inline script and no eval
 * (web/src/csp.ts keeps zod from probing for it); each relaxation below says
 * which part of the app needs it.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** The policy's directives, exported so tests and docs read the same list. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // React Flow positions nodes and wavesurfer.js draws waveforms with inline `style`
  // attributes (wavesurfer also adds a <style> to its shadow root); Swagger UI does too.
  styleSrc: ["'self'", "'unsafe-inline'"],
  // Swagger UI's stylesheet draws its icons as data: images.
  imgSrc: ["'self'", 'data:'],
  // The greeting recorder plays back what the microphone captured from a blob: URL.
  mediaSrc: ["'self'", 'blob:'],
  // wavesurfer.js fetches the audio it draws, which is a blob: URL for a new recording.
  connectSrc: ["'self'", 'blob:'],
  // The greeting recorder (extendable-media-recorder) runs its WAV encoder in a Worker
  // that it builds from a blob: URL when the app loads.
  workerSrc: ["'self'", 'blob:'],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * @example
 * app.use('*', securityHeaders());
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'no-referrer',
    // Browsers honour it only over https; without includeSubDomains, so that serving Ringflow
    // on one name never forces https onto its sibling names.
    strictTransportSecurity: 'max-age=15552000',
    // The greeting recorder asks for the microphone (getUserMedia); nothing needs more.
    permissionsPolicy: { microphone: ['self'], camera: [], geolocation: [], payment: [] },
  });
}

/**
 * The headers `securityHeaders()` puts on an answer, as a plain object: for the
 * webhook routes, which build their answers without the middleware
 * (providers/twilio/webhook-http.ts). Taken from the middleware itself, so the
 * two never differ.
 */
export async function securityHeaderValues(): Promise<Record<string, string>> {
  const app = new Hono();
  app.use(securityHeaders());
  app.get('/', (c) => c.body(null, 204));
  const res = await app.request('/');
  return Object.fromEntries(res.headers);
}
