import { XMLParser } from 'fast-xml-parser';

export interface Verb {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: Verb[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  trimValues: false,
  // "+14155550101" is an address, not a number.
  parseTagValue: false,
  parseAttributeValue: false,
});

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

function toVerbs(nodes: Node[]): Verb[] {
  return nodes.flatMap((node) => {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name === '#text' || name === '?xml') return [];
    const inner = (node[name] as Node[]) ?? [];
    const text = inner.map((n) => (n['#text'] === undefined ? '' : String(n['#text']))).join('');
    return [{ name, attrs: node[':@'] ?? {}, text, children: toVerbs(inner) }];
  });
}

/** The verbs inside `<Response>`, in order, for asserting on what the caller would hear. */
export function readTwiml(xml: string): Verb[] {
  const doc = toVerbs(parser.parse(xml) as Node[]);
  const response = doc.find((v) => v.name === 'Response');
  if (!response) throw new Error(`Not TwiML: ${xml}`);
  return response.children;
}
