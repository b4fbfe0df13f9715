/**
 * @module
 * A webhook's form body as parameters, read without throwing. Twilio posts
 * every voice and messaging webhook as `application/x-www-form-urlencoded`;
 * nothing else is parsed (a multipart body once reached a parser that threw
 * before the signature was checked).
 */

/**
 * Form parameters in an object with no prototype, so a parameter named
 * `constructor`, `toString` or `__proto__` is a plain own entry and a name
 * that was not posted reads as undefined.
 */
export type FormParams = Record<string, string>;

/** Whether a Content-Type is the form encoding Twilio uses (any charset parameter). */
export function isFormEncoded(contentType: string | undefined): boolean {
  return /^application\/x-www-form-urlencoded\s*(;|$)/i.test(contentType ?? '');
}

/**
 * Parses a form-encoded body. A repeated name keeps its last value; malformed
 * escapes are kept as they are (URLSearchParams never throws).
 *
 * @example
 * const params = formParams('CallSid=CA1&From=%2B14155550100');
 * params.From; // '+14155550100'
 * params.toString; // undefined
 */
export function formParams(body: string): FormParams {
  const params: FormParams = Object.create(null);
  for (const [name, value] of new URLSearchParams(body)) params[name] = value;
  return params;
}
