/**
 * @module
 * The little XML writer TwiML needs. Escaping lives in one function, and the
 * `Xml` brand makes the compiler refuse a raw string where markup is expected,
 * so no text reaches a document unescaped.
 */

declare const xmlBrand: unique symbol;
/** A fragment of well-formed, already escaped XML. */
export type Xml = string & { readonly [xmlBrand]: true };

/** Attribute values; `undefined` leaves the attribute out, `''` writes it empty. */
export type XmlAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

// Characters XML 1.0 cannot carry at all, not even as references: most C0
// controls, U+FFFE, U+FFFF and unpaired surrogates. One of them in a prompt
// would make Twilio reject the whole document, so they are dropped.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// Tab, newline and carriage return are written as references because a parser
// turns them into spaces inside attribute values and CR LF into LF in text.
const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * The text without the characters XML cannot represent.
 *
 * @example
 * ```ts
 * xmlSafe('a\u0000b'); // => 'ab'
 * ```
 */
export function xmlSafe(value: string): string {
  return value.replace(NOT_XML_CHAR, '');
}

/**
 * Escapes text for use as element content or as an attribute value (either
 * quote style): a parser reads back exactly `xmlSafe(value)`.
 *
 * @example
 * ```ts
 * escapeXml(`Tom & Jerry's <"shop">`); // => 'Tom &amp; Jerry&apos;s &lt;&quot;shop&quot;&gt;'
 * ```
 */
export function escapeXml(value: string): string {
  return xmlSafe(value).replace(/[&<>"'\t\n\r]/g, (c) => REFERENCES[c] ?? c);
}

/**
 * Escaped text, ready to be an element's content.
 *
 * @example
 * ```ts
 * element('Say', {}, text('1 < 2')); // => '<Say>1 &lt; 2</Say>'
 * ```
 */
export function text(value: string): Xml {
  return escapeXml(value) as Xml;
}

/**
 * An element with escaped attribute values; self-closing when it has no
 * content. Attributes are written in the order given.
 *
 * @example
 * ```ts
 * element('Redirect', { method: 'POST' }, text('https://x.test/a?b=1&c=2'));
 * // => '<Redirect method="POST">https://x.test/a?b=1&amp;c=2</Redirect>'
 * element('Hangup'); // => '<Hangup/>'
 * ```
 */
export function element(name: string, attributes: XmlAttributes = {}, ...content: Xml[]): Xml {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  const body = content.join('');
  return (body ? `<${name}${attrs}>${body}</${name}>` : `<${name}${attrs}/>`) as Xml;
}
