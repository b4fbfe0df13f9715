import { nodeChecks, nodeCompilers } from '@ringflow/flow-runtime';
import { definitionOf, NODE_KINDS, type NodeKind, nodeDefinitions } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { KIND_ICONS } from '../designer/KindIcon.js';
import { nodeUi } from './registry.js';

/**
 * Every part a node kind needs, in each layer's registry. The registries'
 * types already refuse a missing kind; this also catches a part that is
 * there in name only (a blank label, a field without a title).
 */
function missingParts(kind: NodeKind): string[] {
  const missing: string[] = [];
  const lacks = (part: string, ok: unknown) => {
    if (!ok) missing.push(`${kind}: ${part}`);
  };
  const definition = (nodeDefinitions as Record<string, unknown>)[kind]
    ? definitionOf(kind)
    : undefined;
  lacks('shared definition (shared/src/nodes/registry.ts)', definition?.kind === kind);
  if (definition) {
    lacks('label', definition.label.trim());
    lacks('description', definition.description.trim());
    lacks('colour', /^#[0-9a-f]{6}$/i.test(definition.color));
    lacks(
      `icon "${definition.icon}" in web/src/designer/KindIcon.tsx`,
      KIND_ICONS[definition.icon],
    );
    lacks(
      'defaults valid by its schema',
      definition.schema.safeParse(definition.defaults()).success,
    );
    const fields = Object.keys((definition.schema as { shape?: object }).shape ?? {});
    const titles = definition.fieldTitles as Record<string, string | undefined>;
    for (const field of fields) lacks(`field title for "${field}"`, titles[field]?.trim());
    for (const titled of Object.keys(titles))
      lacks(`field "${titled}" it titles`, fields.includes(titled));
    lacks('refersTo', typeof definition.refersTo === 'function');
    lacks('outcomes', typeof definition.outcomes === 'function');
  }
  const compiler = (nodeCompilers as Record<string, (typeof nodeCompilers)[NodeKind] | undefined>)[
    kind
  ];
  lacks(
    'compiler (flow-runtime/src/nodes/registry.ts)',
    compiler &&
      typeof compiler.state === 'function' &&
      typeof compiler.instruction === 'function' &&
      typeof compiler.events === 'function',
  );
  lacks(
    'checks (flow-runtime/src/nodes/registry.ts)',
    typeof (nodeChecks as Record<string, unknown>)[kind] === 'function',
  );
  lacks(
    'Settings (web/src/nodes/registry.ts)',
    typeof (nodeUi as Record<string, { Settings?: unknown } | undefined>)[kind]?.Settings ===
      'function',
  );
  return missing;
}

describe('the node kind registries', () => {
  it('give every kind each of its parts', () => {
    expect(NODE_KINDS.flatMap(missingParts)).toEqual([]);
  });

  it('name the kind and the part that is missing', () => {
    expect(missingParts('call-queue' as NodeKind)).toEqual([
      'call-queue: shared definition (shared/src/nodes/registry.ts)',
      'call-queue: compiler (flow-runtime/src/nodes/registry.ts)',
      'call-queue: checks (flow-runtime/src/nodes/registry.ts)',
      'call-queue: Settings (web/src/nodes/registry.ts)',
    ]);
  });

  it('mark exactly one kind as the entry', () => {
    expect(NODE_KINDS.filter((k) => definitionOf(k).entry)).toEqual(['incoming-call']);
  });
});
