import { nodeChecks, nodeCompilers } from '@ringflow/flow-runtime';
import { definitionOf, NODE_KINDS, type NodeKind, nodeDefinitions } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { KIND_ICONS } from '../designer/KindIcon.js';
import { nodeUi } from './registry.js';

type Compiler = (typeof nodeCompilers)[NodeKind];

/** The registries a kind's parts are looked up in: the real ones, or a test's copy lacking a part. */
interface Registries {
  definitions: Record<string, ReturnType<typeof definitionOf> | undefined>;
  compilers: Record<string, Compiler | undefined>;
}

const REGISTRIES = {
  definitions: nodeDefinitions as unknown as Registries['definitions'],
  compilers: nodeCompilers as Registries['compilers'],
};

/**
 * Every part a node kind needs, in each layer's registry. The registries'
 * types already refuse a missing kind; this also catches a part that is
 * there in name only (a blank label, a field without a title).
 */
function missingParts(kind: NodeKind, registries: Registries = REGISTRIES): string[] {
  const missing: string[] = [];
  const lacks = (part: string, ok: unknown) => {
    if (!ok) missing.push(`${kind}: ${part}`);
  };
  const definition = registries.definitions[kind];
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
    const data = definition.defaults();
    lacks(
      'describeTaken, words for each of its outcomes',
      typeof definition.describeTaken === 'function' &&
        definition
          .outcomes(data)
          .every((o) => typeof definition.describeTaken(data, o.id, 'step') === 'object'),
    );
    lacks(
      'sentences',
      typeof definition.sentences === 'function' && Array.isArray(definition.sentences(data)),
    );
  }
  const compiler = registries.compilers[kind];
  lacks(
    'compiler (flow-runtime/src/nodes/registry.ts)',
    compiler &&
      typeof compiler.state === 'function' &&
      typeof compiler.instruction === 'function' &&
      typeof compiler.events === 'function',
  );
  if (definition && compiler && (definition.readsClock || definition.callers)) {
    lacks(
      'explain in its compile.ts (it decides by the clock or the caller)',
      typeof compiler.explain === 'function',
    );
  }
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
    expect(NODE_KINDS.flatMap((kind) => missingParts(kind))).toEqual([]);
  });

  it('name the kind and the part that is missing', () => {
    expect(missingParts('call-queue' as NodeKind)).toEqual([
      'call-queue: shared definition (shared/src/nodes/registry.ts)',
      'call-queue: compiler (flow-runtime/src/nodes/registry.ts)',
      'call-queue: checks (flow-runtime/src/nodes/registry.ts)',
      'call-queue: Settings (web/src/nodes/registry.ts)',
    ]);
  });

  it('name a part a kind has in name only', () => {
    const { sentences: _, ...withoutSentences } = nodeDefinitions['route-by-caller'];
    const { explain: __, ...withoutExplain } = nodeCompilers['route-by-caller'];
    const registries = {
      definitions: { ...REGISTRIES.definitions, 'route-by-caller': withoutSentences as never },
      compilers: { ...REGISTRIES.compilers, 'route-by-caller': withoutExplain as Compiler },
    };
    expect(missingParts('route-by-caller', registries)).toEqual([
      'route-by-caller: sentences',
      'route-by-caller: explain in its compile.ts (it decides by the clock or the caller)',
    ]);
  });

  it('mark exactly one kind as the entry', () => {
    expect(NODE_KINDS.filter((k) => definitionOf(k).entry)).toEqual(['incoming-call']);
  });
});
