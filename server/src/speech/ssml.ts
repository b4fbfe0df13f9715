/**
 * @module
 * The SSML document for one prompt: the text, escaped, in the chosen voice and language.
 */

const escapeXml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`,
  );

/**
 * @example
 * ssml({ text: 'Hi & welcome', voice: 'en-US-JennyNeural', language: 'en-US' });
 * // '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US">
 * //   <voice name="en-US-JennyNeural">Hi &amp; welcome</voice></speak>'
 */
export function ssml(input: { text: string; voice: string; language: string }): string {
  return (
    `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${escapeXml(input.language)}">` +
    `<voice name="${escapeXml(input.voice)}">${escapeXml(input.text)}</voice></speak>`
  );
}
