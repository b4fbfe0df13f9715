/**
 * @module
 * Reads TwiML, the other way round from twiml.ts: a document into its
 * elements, exactly as written, for whoever plays Twilio's side of a call
 * (the `ringflow call` player, the tests, the benches); and into the verbs
 * that player performs, with Twilio's defaults filled in, so it never looks at
 * XML.
 */
import { XMLParser } from 'fast-xml-parser';

/** One element of a TwiML document: attributes and text decoded, children in order. */
export interface TwimlElement {
  name: string;
  attrs: Record<string, string>;
  /** The element's own text, untrimmed, without its children's. */
  text: string;
  children: TwimlElement[];
}

/** Something the caller hears. */
export type Prompt =
  | { verb: 'Say'; text: string }
  | { verb: 'Play'; url: string }
  | { verb: 'Pause'; seconds: number };

export type TwimlVerb =
  | Prompt
  | { verb: 'Dial'; action?: string; timeoutSeconds: number; targets: string[] }
  | {
      verb: 'Gather';
      action?: string;
      timeoutSeconds: number;
      numDigits?: number;
      actionOnEmptyResult: boolean;
      prompts: Prompt[];
    }
  | { verb: 'Record'; action?: string; maxLengthSeconds: number; recordingStatusCallback?: string }
  | { verb: 'Redirect'; url: string }
  | { verb: 'Hangup' }
  | { verb: 'Reject' }
  | { verb: 'Other'; name: string };

/** The text is not a TwiML document. */
export class TwimlError extends Error {
  override name = 'TwimlError';
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  // "+14155550101" is an address, not a number; "007" keys stay as typed.
  parseTagValue: false,
  parseAttributeValue: false,
  // Untrimmed, so a test can check that text reads back exactly as it was written.
  trimValues: false,
  // Also decodes numeric references (&#10;), which twiml.ts writes for newlines.
  htmlEntities: true,
});

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

/**
 * The document's `<Response>` element, with everything in it.
 *
 * @throws TwimlError when the text is not well-formed XML or its one root
 *   element is not `<Response>`.
 * @example
 * ```ts
 * readTwimlResponse('<Response><Say voice="alice">Hi</Say></Response>').children;
 * // => [{ name: 'Say', attrs: { voice: 'alice' }, text: 'Hi', children: [] }]
 * ```
 */
export function readTwimlResponse(xml: string): TwimlElement {
  let nodes: Node[];
  try {
    nodes = parser.parse(xml, true) as Node[];
  } catch (error) {
    throw new TwimlError(`not XML (${(error as Error).message})`);
  }
  const roots = elements(nodes);
  if (roots.length > 1) throw new TwimlError('more than one root element');
  const [response] = roots;
  if (response?.name !== 'Response') {
    throw new TwimlError(
      `no <Response> element${response ? ` (the root is <${response.name}>)` : ''}`,
    );
  }
  return response;
}

/**
 * The verbs inside `<Response>`, in order, with Twilio's defaults.
 *
 * @throws TwimlError as {@link readTwimlResponse}.
 * @example
 * ```ts
 * readTwiml('<Response><Dial timeout="25" action="/a"><Number>+14155550101</Number></Dial></Response>');
 * // => [{ verb: 'Dial', action: '/a', timeoutSeconds: 25, targets: ['+14155550101'] }]
 * ```
 */
export function readTwiml(xml: string): TwimlVerb[] {
  return readTwimlResponse(xml).children.map(toVerb);
}

function elements(nodes: Node[]): TwimlElement[] {
  return nodes.flatMap((node) => {
    const name = Object.keys(node).find((k) => k !== ':@');
    // Text between elements, the XML declaration and processing instructions are not elements.
    if (!name || name === '#text' || name.startsWith('?')) return [];
    const inner = Array.isArray(node[name]) ? (node[name] as Node[]) : [];
    const text = inner.map((n) => (n['#text'] === undefined ? '' : String(n['#text']))).join('');
    return [{ name, attrs: node[':@'] ?? {}, text, children: elements(inner) }];
  });
}

function toVerb(e: TwimlElement): TwimlVerb {
  const action = e.attrs.action || undefined;
  switch (e.name) {
    case 'Say':
    case 'Play':
    case 'Pause':
      return toPrompt(e) as Prompt;
    case 'Dial':
      return {
        verb: 'Dial',
        ...(action ? { action } : {}),
        timeoutSeconds: whole(e.attrs.timeout, 30),
        // A bare number as the Dial's text is TwiML's short form for one <Number>.
        targets: e.children.length
          ? e.children.map((c) => (c.name === 'Client' ? `client:${c.text.trim()}` : c.text.trim()))
          : [e.text.trim()].filter(Boolean),
      };
    case 'Gather':
      return {
        verb: 'Gather',
        ...(action ? { action } : {}),
        timeoutSeconds: whole(e.attrs.timeout, 5),
        ...(e.attrs.numDigits ? { numDigits: whole(e.attrs.numDigits, 1) } : {}),
        actionOnEmptyResult: e.attrs.actionOnEmptyResult === 'true',
        prompts: e.children.map(toPrompt).filter((p): p is Prompt => p !== null),
      };
    case 'Record':
      return {
        verb: 'Record',
        ...(action ? { action } : {}),
        maxLengthSeconds: whole(e.attrs.maxLength, 3600),
        ...(e.attrs.recordingStatusCallback
          ? { recordingStatusCallback: e.attrs.recordingStatusCallback }
          : {}),
      };
    case 'Redirect':
      return { verb: 'Redirect', url: e.text.trim() };
    case 'Hangup':
    case 'Reject':
      return { verb: e.name };
    default:
      return { verb: 'Other', name: e.name };
  }
}

function toPrompt(e: TwimlElement): Prompt | null {
  switch (e.name) {
    case 'Say':
      return { verb: 'Say', text: e.text.trim() };
    case 'Play':
      return { verb: 'Play', url: e.text.trim() };
    case 'Pause':
      return { verb: 'Pause', seconds: whole(e.attrs.length, 1) };
    default:
      return null;
  }
}

function whole(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(n) && n >= 0 ? n : fallback;
}
