/**
 * @module
 * The `X-Twilio-Signature` header: computing it, and checking it the way the
 * official `twilio` package's `validateRequest` does.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse as parseQuery, stringify as stringifyQuery } from 'node:querystring';

/**
 * Computes the signature Twilio sends with a webhook: Base64 of
 * HMAC-SHA1(auth token, URL followed by every POST parameter's name and value,
 * sorted by name, with no separators).
 *
 * @param authToken - the account's auth token
 * @param url - the full URL Twilio requested, query string included
 * @param params - the form parameters of the POST body
 * @example
 * ```ts
 * twilioSignature('12345', 'https://example.com/webhooks/twilio/voice', {
 *   CallSid: 'CA123',
 *   From: '+14155550100',
 * }); // => a 28-character Base64 string
 * ```
 */
export function twilioSignature(
  authToken: string,
  url: string,
  params: Record<string, string>,
): string {
  // Default sort (UTF-16 code units) is what Twilio and its package use: case-sensitive.
  const data = Object.keys(params)
    .sort()
    .reduce((acc, name) => acc + name + params[name], url);
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/**
 * Checks an `X-Twilio-Signature` header in constant time. Accepts exactly the
 * URLs the official package's `validateRequest` accepts: the URL as received
 * without any port (Twilio has signed https requests to a non-default port
 * without it) and with the default port made explicit (`:443` for https,
 * `:80` otherwise); then the same two as `new URL()` normalises the URL, and
 * those with the query re-encoded like Node's legacy `querystring`. The last
 * ones matter because a web framework may hand us a normalised URL (`'` as
 * `%27`) while Twilio signed the characters it requested.
 *
 * A missing or empty signature or auth token, or a URL that does not parse, is
 * never valid.
 *
 * @param authToken - the account's auth token
 * @param signature - the `X-Twilio-Signature` header, if any
 * @param url - the public URL Twilio called (`PUBLIC_BASE_URL` + path + query)
 * @param params - the form parameters of the POST body
 * @example
 * ```ts
 * const ok = verifyTwilioSignature(
 *   config.twilio.authToken,
 *   c.req.header('X-Twilio-Signature'),
 *   `${config.publicBaseUrl}/webhooks/twilio/voice`,
 *   params,
 * );
 * if (!ok) return c.text('Invalid signature', 403);
 * ```
 */
export function verifyTwilioSignature(
  authToken: string,
  signature: string | undefined,
  url: string,
  params: Record<string, string>,
): boolean {
  if (!authToken || !signature) return false;
  const given = Buffer.from(signature, 'utf8');
  const matches = (candidate: string) => {
    const expected = Buffer.from(twilioSignature(authToken, candidate, params), 'utf8');
    // The expected length is fixed by SHA-1, not secret, so the early length check leaks nothing.
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  if ([removePort(url), addPort(url)].some(matches)) return true;
  const normalised = normaliseUrl(url);
  if (normalised === null) return false;
  const withoutPort = removePort(normalised);
  const withPort = addPort(normalised);
  return [withoutPort, withPort, legacyQuery(withoutPort), legacyQuery(withPort)].some(matches);
}

interface UrlParts {
  scheme: string;
  userInfo: string;
  host: string;
  port: string;
  rest: string;
}

/** Splits a URL without normalising it, so path and query keep the characters Twilio signed. */
function splitUrl(url: string): UrlParts | null {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i.exec(url);
  if (!match) return null;
  const [prefix, scheme = '', authority = ''] = match;
  const userInfoEnd = authority.lastIndexOf('@');
  const hostAndPort = authority.slice(userInfoEnd + 1);
  // In an IPv6 literal the colons belong to the address; the port starts after `]`.
  const portStart = hostAndPort.indexOf(':', hostAndPort.lastIndexOf(']') + 1);
  return {
    scheme,
    userInfo: authority.slice(0, userInfoEnd + 1),
    host: portStart === -1 ? hostAndPort : hostAndPort.slice(0, portStart),
    port: portStart === -1 ? '' : hostAndPort.slice(portStart),
    rest: url.slice(prefix.length),
  };
}

function addPort(url: string): string {
  const parts = splitUrl(url);
  if (!parts || parts.port) return url;
  const port = parts.scheme.toLowerCase() === 'https://' ? ':443' : ':80';
  return parts.scheme + parts.userInfo + parts.host + port + parts.rest;
}

function removePort(url: string): string {
  const parts = splitUrl(url);
  if (!parts) return url;
  return parts.scheme + parts.userInfo + parts.host + parts.rest;
}

function normaliseUrl(url: string): string | null {
  try {
    return new URL(url).toString();
  } catch {
    return null;
  }
}

function legacyQuery(url: string): string {
  const start = url.indexOf('?');
  if (start === -1 || start === url.length - 1) return url;
  return `${url.slice(0, start)}?${stringifyQuery(parseQuery(url.slice(start + 1)))}`;
}
