/**
 * @module
 * Reads a TwiML document into the verbs `ringflow call` plays, with Twilio's
 * defaults filled in, so the player never looks at XML.
 */
import { XMLParser } from 'fast-xml-parser';

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

/** The response is not a TwiML document. */
export class TwimlError extends Error {
  override name = 'TwimlError';
}

// htmlEntities also decodes numeric references (&#10;), which TwiML writers use for newlines.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
});

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
interface Element {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: Element[];
}

/**
 * The verbs inside `<Response>`, in order.
 *
 * @throws TwimlError when the text is not XML or has no `<Response>`.
 * @example
 * ```ts
 * readTwiml('<Response><Dial timeout="25" action="/a"><Number>+14155550101</Number></Dial></Response>');
 * // => [{ verb: 'Dial', action: '/a', timeoutSeconds: 25, targets: ['+14155550101'] }]
 * ```
 */
export function readTwiml(xml: string): TwimlVerb[] {
  let nodes: Node[];
  try {
    nodes = parser.parse(xml) as Node[];
  } catch (error) {
    throw new TwimlError(`not XML (${(error as Error).message})`);
  }
  const response = elements(nodes).find((e) => e.name === 'Response');
  if (!response) throw new TwimlError('no <Response> element');
  return response.children.map(toVerb);
}

function elements(nodes: Node[]): Element[] {
  return nodes.flatMap((node) => {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name === '#text' || name.startsWith('?')) return [];
    const inner = Array.isArray(node[name]) ? (node[name] as Node[]) : [];
    const text = inner
      .map((n) => (n['#text'] === undefined ? '' : String(n['#text'])))
      .join('')
      .trim();
    return [{ name, attrs: node[':@'] ?? {}, text, children: elements(inner) }];
  });
}

function toVerb(e: Element): TwimlVerb {
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
          ? e.children.map((c) => (c.name === 'Client' ? `client:${c.text}` : c.text))
          : [e.text].filter(Boolean),
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
      return { verb: 'Redirect', url: e.text };
    case 'Hangup':
    case 'Reject':
      return { verb: e.name };
    default:
      return { verb: 'Other', name: e.name };
  }
}

function toPrompt(e: Element): Prompt | null {
  switch (e.name) {
    case 'Say':
      return { verb: 'Say', text: e.text };
    case 'Play':
      return { verb: 'Play', url: e.text };
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
