import { definitionOf, NODE_KINDS } from '@ringflow/shared';

/**
 * What people call the fields of a flow document outside any one kind's
 * settings (the document, a connection, a prompt, a list item's fields).
 */
const DOCUMENT_FIELD_NAMES: Readonly<Record<string, string>> = {
  data: 'settings',
  digit: 'key',
  edges: 'connections',
  greetingId: 'greeting',
  label: 'name',
  language: 'language',
  memberId: 'team member',
  nodes: 'steps',
  number: 'number',
  position: 'canvas position',
  source: 'start step',
  sourceHandle: 'outcome',
  target: 'end step',
  text: 'text',
  type: 'kind',
  viewport: 'canvas view',
  voice: 'voice',
};

/**
 * What people call the fields of a flow document, for messages such as
 * `ring duration must be at least 5 seconds`: the document's own, then each
 * kind's (`fieldTitles` in its definition). A field missing here is named by
 * its key in words (`ringSeconds` would be "ring seconds").
 */
export const FIELD_NAMES: Readonly<Record<string, string>> = Object.assign(
  {},
  DOCUMENT_FIELD_NAMES,
  ...NODE_KINDS.map((kind) => definitionOf(kind).fieldTitles as Record<string, string>),
);

/** What one element of a list is called: the third of `targets` is "person to ring 3". */
const ITEM_NAMES: Readonly<Record<string, string>> = {
  closures: 'closure',
  edges: 'connection',
  intervals: 'opening hours',
  keys: 'key',
  nodes: 'step',
  numbers: 'number',
  options: 'option',
  prefixes: 'prefix',
  rules: 'rule',
  specialDates: 'special date',
  targets: 'person to ring',
};

/** A key no entry names, in words: `ringSeconds` -> 'ring seconds'. */
function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

const nameOf = (key: string) => FIELD_NAMES[key] ?? words(key);

/**
 * Names the field at the end of `path` as the settings panel does, with the
 * list item it belongs to counted from 1; the path itself stays on the
 * finding for programs.
 *
 * @example
 * describeField(['ringSeconds']) // 'ring duration'
 * describeField(['targets', 2, 'number']) // 'number of person to ring 3'
 * describeField(['options', 0]) // 'option 1'
 */
export function describeField(path: readonly PropertyKey[]): string {
  const keys = path.map((k) => (typeof k === 'symbol' ? String(k) : k));
  const lastIndex = keys.findLastIndex((k) => typeof k === 'number');
  const last = keys.at(-1);
  if (lastIndex < 0) {
    if (typeof last !== 'string') return 'the value';
    // A field inside another ('position.y') is named with it: 'y of the canvas position'.
    const parent = keys.at(-2);
    return typeof parent === 'string' ? `${nameOf(last)} of the ${nameOf(parent)}` : nameOf(last);
  }
  const list = keys[lastIndex - 1];
  const item = `${typeof list === 'string' ? (ITEM_NAMES[list] ?? words(list)) : 'item'} ${(keys[lastIndex] as number) + 1}`;
  return typeof last === 'string' ? `${nameOf(last)} of ${item}` : item;
}
